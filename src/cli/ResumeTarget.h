#pragma once

#include "core/DeploymentConfig.h"

#include <QCoreApplication>
#include <QStringList>

// What `deploy --resume` without an ID and `deploy --roll-back INSTANCE` refer to, found in the
// deployment journal: the last unfinished deployment to the configuration's host (and mode), and
// the deployment that created an instance.
class ResumeTarget
{
    Q_DECLARE_TR_FUNCTIONS(ResumeTarget)

public:
    // A bare `--resume` (no deployment ID after it) becomes `--resume=` so that the parser takes it.
    static QStringList normalize(const QStringList& arguments);
    static bool isDeploymentId(const QString& text);

    // `id` when given (it must be in the journal), else the last deployment to the configuration's
    // host when it is unfinished; empty with *error otherwise.
    static QString resumeId(const QString& journalPath, const QString& id, const DeploymentConfig& config,
                            QString* error);
    // `reference` is a deployment ID, or an instance ID (INST-…) that a deployment to the
    // configuration's host created; empty with *error otherwise.
    static QString rollBackId(const QString& journalPath, const QString& reference,
                              const DeploymentConfig& config, QString* error);
};
