#pragma once

#include <QList>
#include <QString>

// One problem with one field: which field, what is wrong, and how to put it right.
struct ValidationIssue
{
    QString field;   // dotted JSON path, e.g. "server.host"
    QString problem; // what is wrong with the value
    QString fix;     // what the user should do instead

    QString toString() const { return field + QStringLiteral(": ") + problem + QStringLiteral(" — ") + fix; }
    bool operator==(const ValidationIssue&) const = default;
};

using ValidationIssues = QList<ValidationIssue>;
