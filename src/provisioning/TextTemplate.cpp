#include "TextTemplate.h"

#include <QRegularExpression>

QString TextTemplate::render(const QString& text, const QMap<QString, QString>& values, QString* error)
{
    static const QRegularExpression placeholder(QStringLiteral("(?<!\\$)\\{([A-Za-z][A-Za-z0-9]*)\\}"));
    QString result;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString name = match.captured(1);
        result += text.mid(last, match.capturedStart() - last);
        if (!values.contains(name)) {
            if (error && error->isEmpty())
                *error = tr("the template uses {%1}, which has no value").arg(name);
            result += match.captured(0);
        } else {
            result += values.value(name);
        }
        last = match.capturedEnd();
    }
    result += text.mid(last);
    return result;
}
