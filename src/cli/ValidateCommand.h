#pragma once

#include "Command.h"

#include <QCoreApplication>

struct DeploymentConfig;

// `kkt-deploy validate CONFIG.json [--json]`: checks a configuration with the wizard's rules.
class ValidateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)

public:
    QString name() const override { return QStringLiteral("validate"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;

private:
    static QString summaryOf(const DeploymentConfig& config);
};
