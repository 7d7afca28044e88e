#include "SqlScript.h"

#include <QRegularExpression>

namespace {

bool endsWithEnd(const QString& text)
{
    static const QRegularExpression end(QStringLiteral("\\bEND\\s*$"),
                                        QRegularExpression::CaseInsensitiveOption);
    return end.match(text).hasMatch();
}

bool startsTrigger(const QString& text)
{
    static const QRegularExpression trigger(QStringLiteral("^\\s*CREATE\\s+TRIGGER\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    return trigger.match(text).hasMatch();
}

} // namespace

QStringList SqlScript::split(const QString& script)
{
    QStringList statements;
    QString current;
    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        if (c == u'-' && i + 1 < n && script.at(i + 1) == u'-') {
            while (i < n && script.at(i) != u'\n')
                ++i;
            current += u'\n';
            continue;
        }
        if (c == u'\'') {
            const qsizetype close = script.indexOf(u'\'', i + 1);
            const qsizetype stop = close < 0 ? n - 1 : close;
            current += script.mid(i, stop - i + 1);
            i = stop;
            continue;
        }
        if (c == u'$') {
            static const QRegularExpression tag(QStringLiteral("\\G\\$[A-Za-z_]*\\$"));
            const QRegularExpressionMatch m = tag.match(script, i);
            if (m.hasMatch()) {
                const QString t = m.captured();
                const qsizetype close = script.indexOf(t, i + t.size());
                const qsizetype stop = close < 0 ? n - 1 : close + t.size() - 1;
                current += script.mid(i, stop - i + 1);
                i = stop;
                continue;
            }
        }
        if (c == u';' && !(startsTrigger(current) && !endsWithEnd(current))) {
            if (!current.trimmed().isEmpty())
                statements << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}
