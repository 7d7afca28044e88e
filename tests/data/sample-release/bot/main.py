"""Sample KKT bot: long polling against the Bot API (base URL from TELEGRAM_API_BASE_URL)."""
import json
import os
import sys
import time
import urllib.request

if __name__ == "__main__":
    base = os.environ.get("TELEGRAM_API_BASE_URL", "https://api.telegram.org").rstrip("/")
    token = os.environ["TELEGRAM_BOT_TOKEN"]
    if not os.path.isdir("logs"):
        raise SystemExit("./logs must exist before the bot starts")
    offset = 0
    while True:
        try:
            url = f"{base}/bot{token}/getUpdates?timeout=20&offset={offset}"
            with urllib.request.urlopen(url, timeout=30) as response:
                updates = json.load(response).get("result", [])
                for update in updates:
                    offset = update["update_id"] + 1
                if not updates:
                    time.sleep(1)  # a server that does not hold the long poll open
        except Exception as error:  # network trouble: wait and poll again, like the real bot
            print("poll failed:", type(error).__name__, file=sys.stderr)
            time.sleep(2)
