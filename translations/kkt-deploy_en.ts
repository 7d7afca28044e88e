<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BackupCommand</name>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation><numerusform>%n backup</numerusform><numerusform>%n backups</numerusform></translation>
    </message>
</context>
<context>
    <name>BotCheckPanel</name>
    <message numerus="yes">
        <source>Telegram asks to wait %n second(s)…</source>
        <translation><numerusform>Telegram asks to wait %n second…</numerusform><numerusform>Telegram asks to wait %n seconds…</numerusform></translation>
    </message>
</context>
<context>
    <name>CompletePage</name>
    <message numerus="yes">
        <source>Password copied to the clipboard; it is removed from there in %n second(s).</source>
        <translation><numerusform>Password copied to the clipboard; it is removed from there in %n second.</numerusform><numerusform>Password copied to the clipboard; it is removed from there in %n seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>ConnectionCheckPanel</name>
    <message numerus="yes">
        <source>Connected, but %n check(s) failed: fix them, choose another server, or continue without a successful test.</source>
        <translation><numerusform>Connected, but %n check failed: fix it, choose another server, or continue without a successful test.</numerusform><numerusform>Connected, but %n checks failed: fix them, choose another server, or continue without a successful test.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Connected. The server is suitable; %n warning(s) below.</source>
        <translation><numerusform>Connected. The server is suitable; %n warning below.</numerusform><numerusform>Connected. The server is suitable; %n warnings below.</numerusform></translation>
    </message>
</context>
<context>
    <name>DeploymentKeyLogins</name>
    <message numerus="yes">
        <source>Pruned %n login(s) of expired or used deployment keys: %1</source>
        <translation><numerusform>Pruned %n login of expired or used deployment keys: %1</numerusform><numerusform>Pruned %n logins of expired or used deployment keys: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>DeploymentRecorder</name>
    <message numerus="yes">
        <source>The registry %1 cannot be reached (%2); %n record(s) of this deployment are kept on this computer and sent when KKT Deploy Client starts next.</source>
        <translation><numerusform>The registry %1 cannot be reached (%2); %n record of this deployment is kept on this computer and sent when KKT Deploy Client starts next.</numerusform><numerusform>The registry %1 cannot be reached (%2); %n records of this deployment are kept on this computer and sent when KKT Deploy Client starts next.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The registry %1 cannot be reached (%2); %n record(s) wait in the outbox and are sent when it can.</source>
        <translation><numerusform>The registry %1 cannot be reached (%2); %n record waits in the outbox and is sent when it can.</numerusform><numerusform>The registry %1 cannot be reached (%2); %n records wait in the outbox and are sent when it can.</numerusform></translation>
    </message>
</context>
<context>
    <name>DeploymentRunner</name>
    <message numerus="yes">
        <source>Resuming deployment %1: %n step(s) already verified.</source>
        <translation><numerusform>Resuming deployment %1: %n step already verified.</numerusform><numerusform>Resuming deployment %1: %n steps already verified.</numerusform></translation>
    </message>
</context>
<context>
    <name>FleetApply</name>
    <message numerus="yes">
        <source>Checking %n instance(s) …</source>
        <translation><numerusform>Checking %n instance …</numerusform><numerusform>Checking %n instances …</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Update %n instance(s) in waves to %1 (%2, %3)?</source>
        <translation><numerusform>Update %n instance in waves to %1 (%2, %3)?</numerusform><numerusform>Update %n instances in waves to %1 (%2, %3)?</numerusform></translation>
    </message>
</context>
<context>
    <name>GitHubCall</name>
    <message numerus="yes">
        <source>GitHub's API rate limit is used up%1; it resets at %2 (in %n minute(s)) — wait until then, or set a GitHub token in the release settings for a higher limit</source>
        <translation><numerusform>GitHub's API rate limit is used up%1; it resets at %2 (in %n minute) — wait until then, or set a GitHub token in the release settings for a higher limit</numerusform><numerusform>GitHub's API rate limit is used up%1; it resets at %2 (in %n minutes) — wait until then, or set a GitHub token in the release settings for a higher limit</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 failed after %n attempt(s): %2</source>
        <translation><numerusform>%1 failed after %n attempt: %2</numerusform><numerusform>%1 failed after %n attempts: %2</numerusform></translation>
    </message>
</context>
<context>
    <name>InstanceHealthCheck</name>
    <message numerus="yes">
        <source>All %n check(s) passed.</source>
        <translation><numerusform>All %n check passed.</numerusform><numerusform>All %n checks passed.</numerusform></translation>
    </message>
</context>
<context>
    <name>LiveLog</name>
    <message numerus="yes">
        <source>(%n earlier line(s) of this run are not kept)</source>
        <translation><numerusform>(%n earlier line of this run is not kept)</numerusform><numerusform>(%n earlier lines of this run are not kept)</numerusform></translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message numerus="yes">
        <source>%n step(s) will change.</source>
        <translation><numerusform>%n step will change.</numerusform><numerusform>%n steps will change.</numerusform></translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message numerus="yes">
        <source>probe: %n check(s) failed — the server does not meet KKT's requirements</source>
        <translation><numerusform>probe: %n check failed — the server does not meet KKT's requirements</numerusform><numerusform>probe: %n checks failed — the server does not meet KKT's requirements</numerusform></translation>
    </message>
</context>
<context>
    <name>ProductionGuard</name>
    <message numerus="yes">
        <source>Production %1 before: %n fact(s) recorded.</source>
        <translation><numerusform>Production %1 before: %n fact recorded.</numerusform><numerusform>Production %1 before: %n facts recorded.</numerusform></translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message numerus="yes">
        <source>About %n second(s) left</source>
        <translation><numerusform>About %n second left</numerusform><numerusform>About %n seconds left</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left</source>
        <translation><numerusform>About %n minute left</numerusform><numerusform>About %n minutes left</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Deployed: %n step(s) changed, %1 already done.</source>
        <translation><numerusform>Deployed: %n step changed, %1 already done.</numerusform><numerusform>Deployed: %n steps changed, %1 already done.</numerusform></translation>
    </message>
</context>
<context>
    <name>RegistryCommand</name>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation><numerusform>%n instance</numerusform><numerusform>%n instances</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation><numerusform>%n operation</numerusform><numerusform>%n operations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n instance(s) to %1</source>
        <translation><numerusform>Exported %n instance to %1</numerusform><numerusform>Exported %n instances to %1</numerusform></translation>
    </message>
</context>
<context>
    <name>RegistryStatus</name>
    <message numerus="yes">
        <source>Outbox:          %n write(s) waiting</source>
        <translation><numerusform>Outbox:          %n write waiting</numerusform><numerusform>Outbox:          %n writes waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n instance(s) still hold a plaintext bot token in telegram_bot_token (written by older tools); KKT Deploy never writes that column.</source>
        <translation><numerusform>Warning: %n instance still holds a plaintext bot token in telegram_bot_token (written by older tools); KKT Deploy never writes that column.</numerusform><numerusform>Warning: %n instances still hold a plaintext bot token in telegram_bot_token (written by older tools); KKT Deploy never writes that column.</numerusform></translation>
    </message>
</context>
<context>
    <name>RegistryTab</name>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation><numerusform>%n instance</numerusform><numerusform>%n instances</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) waiting to be sent</source>
        <translation><numerusform>%n write waiting to be sent</numerusform><numerusform>%n writes waiting to be sent</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n instance(s) to %1</source>
        <translation><numerusform>Exported %n instance to %1</numerusform><numerusform>Exported %n instances to %1</numerusform></translation>
    </message>
</context>
<context>
    <name>ReleaseDownload</name>
    <message numerus="yes">
        <source>downloading %1 failed after %n attempt(s): %2 — the partial file is kept and the next attempt resumes it</source>
        <translation><numerusform>downloading %1 failed after %n attempt: %2 — the partial file is kept and the next attempt resumes it</numerusform><numerusform>downloading %1 failed after %n attempts: %2 — the partial file is kept and the next attempt resumes it</numerusform></translation>
    </message>
</context>
<context>
    <name>ReleasePicker</name>
    <message numerus="yes">
        <source>%n release(s) of %1.</source>
        <translation><numerusform>%n release of %1.</numerusform><numerusform>%n releases of %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>✓ Release %1 is intact (SHA-256 matches) and safe to unpack: %n entries, %2 unpacked.</source>
        <translation><numerusform>✓ Release %1 is intact (SHA-256 matches) and safe to unpack: %n entry, %2 unpacked.</numerusform><numerusform>✓ Release %1 is intact (SHA-256 matches) and safe to unpack: %n entries, %2 unpacked.</numerusform></translation>
    </message>
</context>
<context>
    <name>RemoteCommand</name>
    <message numerus="yes">
        <source>The command did not finish within %n second(s) and was stopped</source>
        <translation><numerusform>The command did not finish within %n second and was stopped</numerusform><numerusform>The command did not finish within %n seconds and was stopped</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The connection to %1 was lost while a command was running: the server left %n keepalive request(s) unanswered</source>
        <translation><numerusform>The connection to %1 was lost while a command was running: the server left %n keepalive request unanswered</numerusform><numerusform>The connection to %1 was lost while a command was running: the server left %n keepalive requests unanswered</numerusform></translation>
    </message>
</context>
<context>
    <name>RemoteShell</name>
    <message numerus="yes">
        <source>The command did not finish within %n second(s) and was stopped</source>
        <translation><numerusform>The command did not finish within %n second and was stopped</numerusform><numerusform>The command did not finish within %n seconds and was stopped</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The connection to %1 was lost while a command was running: the server left %n keepalive request(s) unanswered</source>
        <translation><numerusform>The connection to %1 was lost while a command was running: the server left %n keepalive request unanswered</numerusform><numerusform>The connection to %1 was lost while a command was running: the server left %n keepalive requests unanswered</numerusform></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <source>%n step(s) in the plan</source>
        <translation><numerusform>%n step in the plan</numerusform><numerusform>%n steps in the plan</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n will change</source>
        <translation><numerusform>%n will change</numerusform><numerusform>%n will change</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be known until run</source>
        <translation><numerusform>%n cannot be known until run</numerusform><numerusform>%n cannot be known until run</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Test connection found %n failing check(s) on this server. Each one blocks Deploy until you accept it here; what you accept is recorded in the deployment's history.</source>
        <translation><numerusform>Test connection found %n failing check on this server. It blocks Deploy until you accept it here; what you accept is recorded in the deployment's history.</numerusform><numerusform>Test connection found %n failing checks on this server. Each one blocks Deploy until you accept it here; what you accept is recorded in the deployment's history.</numerusform></translation>
    </message>
</context>
<context>
    <name>RollbackChoice</name>
    <message numerus="yes">
        <source>the rollback window has passed: the update to %1 was made on %2 and could be rolled back for %n day(s), until %3</source>
        <translation><numerusform>the rollback window has passed: the update to %1 was made on %2 and could be rolled back for %n day, until %3</numerusform><numerusform>the rollback window has passed: the update to %1 was made on %2 and could be rolled back for %n days, until %3</numerusform></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s) — it may be locked and waiting for a password. Passwords are not remembered this time.</source>
        <translation><numerusform>The keychain did not answer within %n second — it may be locked and waiting for a password. Passwords are not remembered this time.</numerusform><numerusform>The keychain did not answer within %n seconds — it may be locked and waiting for a password. Passwords are not remembered this time.</numerusform></translation>
    </message>
</context>
<context>
    <name>SelfServiceOutbox</name>
    <message numerus="yes">
        <source>%n deployment result(s) kept on this computer while the registry could not be reached were sent to the registry.</source>
        <translation><numerusform>%n deployment result kept on this computer while the registry could not be reached was sent to the registry.</numerusform><numerusform>%n deployment results kept on this computer while the registry could not be reached were sent to the registry.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n deployment result(s) wait on this computer for the registry: %1. They are sent when KKT Deploy Client starts next.</source>
        <translation><numerusform>%n deployment result waits on this computer for the registry: %1. It is sent when KKT Deploy Client starts next.</numerusform><numerusform>%n deployment results wait on this computer for the registry: %1. They are sent when KKT Deploy Client starts next.</numerusform></translation>
    </message>
</context>
<context>
    <name>ServerFacts</name>
    <message numerus="yes">
        <source>At least %n vCPU(s)</source>
        <translation><numerusform>At least %n vCPU</numerusform><numerusform>At least %n vCPUs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s) recommended; the services will be slow</source>
        <translation><numerusform>%n vCPU recommended; the services will be slow</numerusform><numerusform>%n vCPUs recommended; the services will be slow</numerusform></translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message numerus="yes">
        <source>Could not connect to %1 within %n second(s) — check the host name, the port and that an SSH server is running there</source>
        <translation><numerusform>Could not connect to %1 within %n second — check the host name, the port and that an SSH server is running there</numerusform><numerusform>Could not connect to %1 within %n seconds — check the host name, the port and that an SSH server is running there</numerusform></translation>
    </message>
</context>
<context>
    <name>SshSocket</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation><numerusform>no answer within %n second</numerusform><numerusform>no answer within %n seconds</numerusform></translation>
    </message>
</context>
<context>
    <name>TelegramCall</name>
    <message numerus="yes">
        <source>Telegram asks to wait %n second(s) before the next request (too many requests) — try again later</source>
        <translation><numerusform>Telegram asks to wait %n second before the next request (too many requests) — try again later</numerusform><numerusform>Telegram asks to wait %n seconds before the next request (too many requests) — try again later</numerusform></translation>
    </message>
</context>
<context>
    <name>TelegramCommand</name>
    <message numerus="yes">
        <source>Updates:  long polling (no webhook), %n update(s) pending</source>
        <translation><numerusform>Updates:  long polling (no webhook), %n update pending</numerusform><numerusform>Updates:  long polling (no webhook), %n updates pending</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Updates:  webhook %1, %n update(s) pending</source>
        <translation><numerusform>Updates:  webhook %1, %n update pending</numerusform><numerusform>Updates:  webhook %1, %n updates pending</numerusform></translation>
    </message>
</context>
<context>
    <name>TestMessagePanel</name>
    <message numerus="yes">
        <source>Delivered to %1 of %n ID(s).</source>
        <translation><numerusform>Delivered to %1 of %n ID.</numerusform><numerusform>Delivered to %1 of %n IDs.</numerusform></translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation><numerusform>%n token</numerusform><numerusform>%n tokens</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n login(s) pruned; the logins of unexpired keys, and of used keys until a day after they expire (the client records its deployment with them), are kept</source>
        <translation><numerusform>%n login pruned; the logins of unexpired keys, and of used keys until a day after they expire (the client records its deployment with them), are kept</numerusform><numerusform>%n logins pruned; the logins of unexpired keys, and of used keys until a day after they expire (the client records its deployment with them), are kept</numerusform></translation>
    </message>
</context>
<context>
    <name>UpdateRecorder</name>
    <message numerus="yes">
        <source>The registry %1 cannot be reached (%2); %n record(s) wait in the outbox and are sent when it can.</source>
        <translation><numerusform>The registry %1 cannot be reached (%2); %n record waits in the outbox and is sent when it can.</numerusform><numerusform>The registry %1 cannot be reached (%2); %n records wait in the outbox and are sent when it can.</numerusform></translation>
    </message>
</context>
<context>
    <name>UpdateReviewDialog</name>
    <message numerus="yes">
        <source>possible for %n day(s) after the update, to %1</source>
        <translation><numerusform>possible for %n day after the update, to %1</numerusform><numerusform>possible for %n days after the update, to %1</numerusform></translation>
    </message>
</context>
<context>
    <name>UpdatesTab</name>
    <message numerus="yes">
        <source>%n release(s) listed.</source>
        <translation><numerusform>%n release listed.</numerusform><numerusform>%n releases listed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>— Checking %n instance(s) for updates —</source>
        <translation><numerusform>— Checking %n instance for updates —</numerusform><numerusform>— Checking %n instances for updates —</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) available</source>
        <translation><numerusform>%n update available</numerusform><numerusform>%n updates available</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) could not be checked</source>
        <translation><numerusform>%n instance could not be checked</numerusform><numerusform>%n instances could not be checked</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled update(s) are applied only while KKT Deploy runs. The schedule is kept: opened again before their time, KKT Deploy applies them then; if it is not running at their time, they are not applied, and the next start says so. What is staged stays on the servers, and nothing of the running instances has changed.

Quit anyway?</source>
        <translation><numerusform>%n scheduled update is applied only while KKT Deploy runs. The schedule is kept: opened again before its time, KKT Deploy applies it then; if it is not running at its time, it is not applied, and the next start says so. What is staged stays on the servers, and nothing of the running instances has changed.

Quit anyway?</numerusform><numerusform>%n scheduled updates are applied only while KKT Deploy runs. The schedule is kept: opened again before their time, KKT Deploy applies them then; if it is not running at their time, they are not applied, and the next start says so. What is staged stays on the servers, and nothing of the running instances has changed.

Quit anyway?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Return %1 (now %2) to the release it ran before its last update? When that update migrated the database, the database is restored from the backup taken before it, and what was written since is lost. Roll back is possible for %n day(s) after an update.</source>
        <translation><numerusform>Return %1 (now %2) to the release it ran before its last update? When that update migrated the database, the database is restored from the backup taken before it, and what was written since is lost. Roll back is possible for %n day after an update.</numerusform><numerusform>Return %1 (now %2) to the release it ran before its last update? When that update migrated the database, the database is restored from the backup taken before it, and what was written since is lost. Roll back is possible for %n days after an update.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation><numerusform>%n instance</numerusform><numerusform>%n instances</numerusform></translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message numerus="yes">
        <source>Backups:       %1, kept %n day(s)</source>
        <translation><numerusform>Backups:       %1, kept %n day</numerusform><numerusform>Backups:       %1, kept %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1</source>
        <translation><numerusform>%n problem found in %1</numerusform><numerusform>%n problems found in %1</numerusform></translation>
    </message>
</context>
</TS>
