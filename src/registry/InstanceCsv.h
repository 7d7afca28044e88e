#pragma once

#include "InstanceQuery.h"

#include <QCoreApplication>

class QIODevice;
class Registry;

// The instances matching a query as a CSV file a spreadsheet opens as it is: UTF-8 with a byte
// order mark (Excel reads Cyrillic then), CRLF lines, cells that would run as formulas defused.
class InstanceCsv
{
    Q_DECLARE_TR_FUNCTIONS(InstanceCsv)

public:
    // Writes every matching instance to `out`; false with *error set.
    static bool write(const Registry& registry, const InstanceQuery& query, QIODevice* out, QString* error);
    // `path` with ".csv" appended unless it already ends so (in any case).
    static QString withSuffix(const QString& path);
    static QString cell(QString value);
};
