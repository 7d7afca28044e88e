#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QJsonArray>

// `kkt-deploy deploy --list [CONFIG] [--json]`: the interrupted and recent deployments of the
// journal (of CONFIG's host when given) with their ID, host, instance, last step, state and age,
// so that the ID to resume or roll back is never only in the first line of a run's output.
class DeploymentListing
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentListing)

public:
    // Returns the exit code.
    static int print(const QString& journalPath, const QString& host, bool json, CommandIo& io);
    // The rows, newest first, as printed with --json.
    static QJsonArray rows(const QString& journalPath, const QString& host, QString* error);
    // "45 s", "12 min", "3 h", "2 d".
    static QString age(qint64 seconds);
};
