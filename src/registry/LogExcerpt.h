#pragma once

#include <QStringList>

// The tail of an operation's log, fit for the registry: known secrets and anything shaped like a
// secret (bot tokens, passwords in URLs or KEY=value lines) are masked before it leaves memory.
class LogExcerpt
{
public:
    static QString make(const QString& log, const QStringList& secrets, int maxLines = 40);
};
