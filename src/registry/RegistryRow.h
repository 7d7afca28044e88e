#pragma once

#include "HistoryRecord.h"
#include "InstanceRecord.h"

#include <QVariant>

class QSqlQuery;

// How registry rows travel between SQL and the records, alike on both back ends: the selected
// columns, NULL for empty values, timestamps as UTC text.
class RegistryRow
{
public:
    // The columns instance() and history() read, in their order (history as "h.…" joined with "i.").
    static const QString instanceColumns;
    static const QString historyColumns;

    static QVariant nullable(const QString& s);
    static QVariant nullable(int n);
    static QVariant timestamp(const QDateTime& t);
    static QDateTime toDateTime(const QVariant& v);
    static QString uuidText(const QUuid& uuid);
    static InstanceRecord instance(const QSqlQuery& q);
    static HistoryRecord history(const QSqlQuery& q);
};
