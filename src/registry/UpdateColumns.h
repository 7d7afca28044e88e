#pragma once

#include "HistoryRecord.h"
#include "InstanceRecord.h"

#include <QSqlQuery>
#include <QString>

// The columns migration 006 adds (what an update needs to reach an instance; the duration and
// downtime of updates and rollbacks), written after the production columns by Registry so that
// its statements stay those of the earlier migrations. Values left empty keep what is stored.
class UpdateColumns
{
public:
    static bool writeInstance(QSqlQuery& q, const InstanceRecord& r);
    static bool writeHistory(QSqlQuery& q, const HistoryRecord& r);
};
