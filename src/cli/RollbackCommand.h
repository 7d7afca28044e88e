#pragma once

#include "Command.h"

#include <QCoreApplication>

// `kkt-deploy rollback --instance ID [--to VERSION] [--yes] [--json]`: back to the release before the
// last update, kept on the server, with the database from that update's backup when its migration
// ran — within the rollback window (--window-days, the setting updates/rollbackDays, 7 days).
class RollbackCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RollbackCommand)

public:
    QString name() const override { return QStringLiteral("rollback"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};
