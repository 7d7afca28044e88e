#!/usr/bin/env python3
"""Maintainer tool for translations/kkt-deploy_ru.ts.

  scripts/tr-fill.py TS --unfinished [CONTEXT ...]   print unfinished messages as JSON to fill in
  scripts/tr-fill.py TS PAIRS.json                    set translations from {context: {source: text}}

A numerus message takes a list of three Russian forms (one, few, many), or of two English ones
(one, other) in kkt-deploy_en.ts, which holds only the texts with plurals. Refresh the .ts files
first with `cmake --build BUILD --target update_translations`.
"""
import json
import sys
import xml.etree.ElementTree as ET

HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def messages(root):
    for ctx in root.iter('context'):
        name = ctx.findtext('name')
        for msg in ctx.iter('message'):
            yield name, msg


def unfinished(tr):
    return tr is None or tr.get('type') in ('unfinished',) or not (tr.text or list(tr))


def main():
    path = sys.argv[1]
    tree = ET.parse(path)
    root = tree.getroot()
    if len(sys.argv) > 2 and sys.argv[2] == '--unfinished':
        wanted = set(sys.argv[3:])
        forms = 2 if root.get('language', '').startswith('en') else 3
        out = {}
        for ctx, msg in messages(root):
            tr = msg.find('translation')
            if tr is not None and tr.get('type') in ('vanished', 'obsolete'):
                continue
            if (not wanted or ctx in wanted) and unfinished(tr):
                out.setdefault(ctx, {})[msg.findtext('source')] = [''] * forms if msg.get('numerus') == 'yes' else ''
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return
    pairs = json.load(open(sys.argv[2], encoding='utf-8'))
    filled = 0
    for ctx, msg in messages(root):
        src = msg.findtext('source')
        text = pairs.get(ctx, {}).get(src)
        if not text:
            continue
        tr = msg.find('translation')
        if tr is None:
            tr = ET.SubElement(msg, 'translation')
        tr.attrib.pop('type', None)
        for child in list(tr):
            tr.remove(child)
        if msg.get('numerus') == 'yes':
            tr.text = None
            for form in text:
                ET.SubElement(tr, 'numerusform').text = form
        else:
            tr.text = text
        filled += 1
    body = ET.tostring(root, encoding='unicode')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(HEADER + body + '\n')
    print(f'filled {filled} messages', file=sys.stderr)


if __name__ == '__main__':
    main()
