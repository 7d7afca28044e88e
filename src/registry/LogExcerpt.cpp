#include "LogExcerpt.h"

#include "core/Redactor.h"

QString LogExcerpt::make(const QString& log, const QStringList& secrets, int maxLines)
{
    QStringList lines = log.split(u'\n');
    if (lines.size() > maxLines)
        lines = lines.mid(lines.size() - maxLines);
    // The project's one redaction path: the known secrets plus everything shaped like one.
    Redactor redactor;
    for (const QString& secret : secrets)
        redactor.addSecret(secret);
    return redactor.redact(lines.join(u'\n'));
}
