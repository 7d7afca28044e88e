#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

// The local record of every deployment and step (SQLite in the application data folder): state,
// timing and redacted output, so that an interrupted deployment resumes at the first step not
// verified. One object per thread: it opens its own connection.
class DeploymentJournal
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentJournal)

public:
    struct Deployment
    {
        QString id;
        QString instanceId;
        QString configJson;
        QString host;
        bool createdInstance = false;
        QString status; // running, succeeded, failed, cancelled, rolled-back, not-started
        QDateTime startedAt;
        QDateTime finishedAt;
        QString error;
        qint64 pid = 0; // the process that ran it last
        // Failed server checks the operator accepted for this deployment ("python: 3.9 — …"): a
        // resume keeps them, and they go into its history row.
        QStringList acceptedChecks = {};

        // Not finished: running (or killed while running), cancelled or failed; it can be resumed.
        bool unfinished() const;
        // The status, with "interrupted" for a run whose process is gone without finishing it.
        QString state() const;
        // The configuration's mode (production, test).
        QString mode() const;
        // "deployment", or "restore" for a backup restore (journalled alike, never resumed by deploy).
        QString kind() const;
    };
    struct Step
    {
        QString stepId;
        QString state; // running, unchanged, changed, failed
        QDateTime startedAt;
        QDateTime finishedAt;
        qint64 durationMs = 0;
        QString output;
    };

    // `path` empty: <AppDataLocation>/journal.sqlite.
    explicit DeploymentJournal(const QString& path = QString());
    ~DeploymentJournal();
    DeploymentJournal(const DeploymentJournal&) = delete;
    DeploymentJournal& operator=(const DeploymentJournal&) = delete;

    bool open(QString* error);
    static QString defaultPath();

    bool startDeployment(const Deployment& deployment);
    Deployment deployment(const QString& id) const;
    QList<Deployment> deployments(int limit = 50) const;
    // The most recent deployment to `host` in `mode` that started (got the server's lock, or was
    // interrupted before it could know); empty when there is none. Restores are not deployments.
    Deployment latest(const QString& host, const QString& mode) const;
    // The most recent deployment that created `instanceId` on `host`; empty when none did.
    Deployment creatorOf(const QString& host, const QString& instanceId) const;
    // The step that started last (the one a run was in when it stopped); empty when none ran.
    Step lastStep(const QString& deploymentId) const;
    bool setInstance(const QString& id, const QString& instanceId, bool createdInstance);
    bool finishDeployment(const QString& id, const QString& status, const QString& error = QString());

    bool recordStep(const QString& deploymentId, const Step& step);
    QList<Step> steps(const QString& deploymentId) const;
    // Steps already verified in this deployment (unchanged or changed).
    QStringList verifiedSteps(const QString& deploymentId) const;
    // Median duration of a step over past deployments, for the ETA; -1 when never run.
    qint64 typicalDurationMs(const QString& stepId) const;

private:
    QString m_path;
    QString m_connection;
};
