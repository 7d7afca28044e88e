#pragma once

#include "Command.h"

#include <QCoreApplication>

// `kkt-deploy telegram check`: is the bot token live, whose is it, and how does the bot receive
// updates. The token comes from $KKT_BOT_TOKEN or the first line of standard input.
class TelegramCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TelegramCommand)

public:
    QString name() const override { return QStringLiteral("telegram"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};
