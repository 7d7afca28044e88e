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
        QString status; // running, succeeded, failed, cancelled, rolled-back
        QDateTime startedAt;
        QDateTime finishedAt;
        QString error;
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
