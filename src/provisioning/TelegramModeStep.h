#pragma once

#include "DeploymentContext.h"

#include <QCoreApplication>

class TelegramCall;
struct TelegramResult;

// The client-side step that puts the bot into the mode the release expects: no webhook for a
// polling bot (one left by another installation would starve it), or the instance's webhook.
class TelegramModeStep
{
    Q_DECLARE_TR_FUNCTIONS(TelegramModeStep)

public:
    struct Result
    {
        bool ok = false;
        bool changed = false;
        QString botUsername;
        QString error;
    };

    explicit TelegramModeStep(const DeploymentContext& context);
    Result run(const QString& title);

    // Waits for a Telegram call without blocking its replies; cancels it when `cancel` is set.
    static TelegramResult waitFor(TelegramCall* call, const std::atomic_bool& cancel);

private:
    QString webhookSecret() const;

    const DeploymentContext& m_context;
};
