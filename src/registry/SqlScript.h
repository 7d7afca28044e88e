#pragma once

#include <QStringList>

// Splits a migration file into statements: the SQLite driver runs one statement per call, and
// running them one by one names the failing statement. Semicolons inside quotes, comments,
// PostgreSQL dollar-quoted bodies and SQLite trigger bodies (BEGIN … END;) do not split.
class SqlScript
{
public:
    static QStringList split(const QString& script);
};
