#pragma once

#include "DeploymentPhases.h"

#include <QString>

// One idempotent step of a deployment: a read-only probe (already done?), an action and a
// verify, each a shell fragment from resources/steps/<id>.sh. Client-side work that belongs to a
// step (the release upload, the Telegram call) is marked by `kind`.
struct ProvisioningStep
{
    enum class Kind
    {
        Remote,
        ReleaseUpload,
        TelegramMode
    };

    QString id;
    DeploymentPhase phase = DeploymentPhase::System;
    QString title;
    Kind kind = Kind::Remote;
    QString probe;
    QString action;
    QString verify;

    // Splits a step file into its "## probe", "## action" and "## verify" sections.
    bool parse(const QString& text);
};
