#include "StepExecutor.h"

#include "DeploymentConnection.h"
#include "DeploymentJournal.h"
#include "RemoteScript.h"
#include "TelegramModeStep.h"

#include <QElapsedTimer>

StepExecutor::StepExecutor(const DeploymentContext& context, DeploymentJournal& journal,
                           const QString& deploymentId, Secrets secrets)
    : m_context(context)
    , m_journal(journal)
    , m_deploymentId(deploymentId)
    , m_secrets(std::move(secrets))
{}

StepExecutor::Result StepExecutor::run(const ProvisioningStep& step)
{
    DeploymentJournal::Step record{step.id, QStringLiteral("running"), QDateTime::currentDateTimeUtc(), {}, 0,
                                   {}};
    m_journal.recordStep(m_deploymentId, record);
    QElapsedTimer timer;
    timer.start();

    Result result;
    QString output;
    if (step.kind == ProvisioningStep::Kind::TelegramMode) {
        const TelegramModeStep::Result telegram = TelegramModeStep(m_context).run(step.title);
        result.ok = telegram.ok;
        result.changed = telegram.changed;
        result.error = telegram.error;
        result.botUsername = telegram.botUsername;
    } else {
        bool uploaded = true;
        if (step.kind == ProvisioningStep::Kind::ReleaseUpload) {
            const DeploymentConnection::Result probe =
                m_context.connection.run(*m_context.layout, RemoteScript::probeAllBody({step}));
            if (!probe.ok) {
                uploaded = false;
                result.error = probe.failure(5);
                result.sshErrorKind = probe.sshErrorKind;
            } else if (!probe.marker(QStringLiteral("probe")).startsWith(QStringLiteral("done"))) {
                uploaded = uploadRelease(&result);
            }
        }
        if (uploaded)
            runRemote(step, &result, &output);
    }

    record.finishedAt = QDateTime::currentDateTimeUtc();
    record.durationMs = timer.elapsed();
    record.output = output.right(64 * 1024);
    record.state = !result.ok       ? QStringLiteral("failed")
                   : result.changed ? QStringLiteral("changed")
                                    : QStringLiteral("unchanged");
    result.state = record.state;
    m_journal.recordStep(m_deploymentId, record);
    return result;
}

void StepExecutor::runRemote(const ProvisioningStep& step, Result* result, QString* output)
{
    QString error;
    const RemoteScript::Variables detached =
        step.finishBeforeCancel ? m_context.layout->scriptVariables({}, &error) : RemoteScript::Variables();
    const DeploymentConnection::Result remote =
        m_context.connection.run(*m_context.layout, RemoteScript::stepBody(step, detached), m_secrets());
    *output = remote.output;
    const QString stage = remote.marker(QStringLiteral("stage"));
    result->ok = remote.ok && stage == QStringLiteral("ok");
    result->changed = remote.marker(QStringLiteral("state")) != QStringLiteral("done");
    if (!result->ok) {
        const QString detail = remote.failure(8);
        result->sshErrorKind = remote.sshErrorKind;
        result->error = stage == QStringLiteral("verify")
                            ? tr("%1: the change was made but does not verify: %2").arg(step.title, detail)
                            : tr("%1 failed: %2").arg(step.title, detail);
    }
}

bool StepExecutor::uploadRelease(Result* result)
{
    const DeploymentRequest& request = m_context.request;
    m_context.log(tr("Uploading %1 …").arg(request.archivePath));
    // The folder must exist before SFTP can write into it.
    const DeploymentConnection::Result mkdir = m_context.connection.run(
        *m_context.layout,
        QStringLiteral("install -d -m 0755 -o \"$KKT_SERVICE_USER\" -g \"$KKT_SERVICE_USER\" "
                       "\"$KKT_RELEASES_DIR\"\n"));
    if (!mkdir.ok) {
        result->error = mkdir.failure(5);
        result->sshErrorKind = mkdir.sshErrorKind;
        return false;
    }
    const int start = DeploymentPhases::start(DeploymentPhase::Release);
    const int width = DeploymentPhases::end(DeploymentPhase::Release) - start;
    const SshError error = m_context.connection.upload(
        request.archivePath, m_context.layout->uploadPath(), [this, start, width](qint64 sent, qint64 total) {
            if (total > 0)
                m_context.progress(start + int(width * sent / total / 2), tr("Uploading the release"), -1);
        });
    if (!error.ok()) {
        result->error = error.message;
        result->sshErrorKind = error.kind;
        return false;
    }
    return true;
}
