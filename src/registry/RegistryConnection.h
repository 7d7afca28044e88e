#pragma once

#include "RegistryTarget.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// One database connection per thread and registry: Qt Sql connections must not cross threads.
// The connection of the calling thread is opened on first use and reused afterwards.
class RegistryConnection
{
    Q_DECLARE_TR_FUNCTIONS(RegistryConnection)

public:
    // The open connection of this thread, or an invalid QSqlDatabase with *error set.
    static QSqlDatabase open(const RegistryTarget& target, QString* error);
    // Forgets this thread's connection (after the server went away, or when a thread ends).
    static void drop(const RegistryTarget& target);
    // True when the registry answers a trivial query on a fresh connection. Tells "the server is
    // away, retry later" apart from "this statement is wrong" after a failed write.
    static bool isReachable(const RegistryTarget& target);

private:
    static QString connectionName(const RegistryTarget& target);
};
