#include "DeploymentListing.h"

#include "ExitCode.h"
#include "provisioning/DeploymentJournal.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

constexpr int listed = 20;

} // namespace

QString DeploymentListing::age(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min").arg(seconds / 60);
    if (seconds < 2 * 86400)
        return tr("%1 h").arg(seconds / 3600);
    return tr("%1 d").arg(seconds / 86400);
}

QJsonArray DeploymentListing::rows(const QString& journalPath, const QString& host, QString* error)
{
    QJsonArray rows;
    DeploymentJournal journal(journalPath);
    if (!journal.open(error))
        return rows;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const DeploymentJournal::Deployment& d : journal.deployments(200)) {
        if (d.status == QStringLiteral("not-started") || (!host.isEmpty() && d.host != host))
            continue;
        const DeploymentJournal::Step last = journal.lastStep(d.id);
        const QDateTime changed = d.finishedAt.isValid()     ? d.finishedAt
                                  : last.startedAt.isValid() ? last.startedAt
                                                             : d.startedAt;
        rows.append(QJsonObject{
            {QStringLiteral("id"), d.id},
            {QStringLiteral("host"), d.host},
            {QStringLiteral("mode"), d.mode()},
            {QStringLiteral("instance"), d.instanceId},
            {QStringLiteral("lastStep"), last.stepId},
            {QStringLiteral("lastStepState"), last.state},
            {QStringLiteral("state"), d.state()},
            {QStringLiteral("kind"), d.kind()},
            // A restore is run again with backup restore, not resumed by deploy.
            {QStringLiteral("resumable"), d.unfinished() && d.kind() == QStringLiteral("deployment")},
            {QStringLiteral("startedAt"), d.startedAt.toString(Qt::ISODate)},
            {QStringLiteral("ageSeconds"), changed.secsTo(now)}});
        if (rows.size() == listed)
            break;
    }
    return rows;
}

int DeploymentListing::print(const QString& journalPath, const QString& host, bool json, CommandIo& io)
{
    QString error;
    const QJsonArray list = rows(journalPath, host, &error);
    if (!error.isEmpty()) {
        io.err << tr("deploy: %1").arg(error) << Qt::endl;
        return ExitFailure;
    }
    if (json) {
        io.out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (list.isEmpty()) {
        io.out << (host.isEmpty() ? tr("The journal has no deployments.")
                                  : tr("The journal has no deployments to %1.").arg(host))
               << Qt::endl;
        return ExitOk;
    }
    const QString format = QStringLiteral("%1  %2  %3  %4  %5  %6");
    io.out << format.arg(tr("DEPLOYMENT").leftJustified(36), tr("HOST").leftJustified(15),
                         tr("INSTANCE").leftJustified(19), tr("LAST STEP").leftJustified(20),
                         tr("STATE").leftJustified(11), tr("AGE"))
           << u'\n';
    bool resumable = false;
    for (const QJsonValue& value : list) {
        const QJsonObject row = value.toObject();
        resumable = resumable || row.value(QStringLiteral("resumable")).toBool();
        io.out << format.arg(row.value(QStringLiteral("id")).toString().leftJustified(36),
                             row.value(QStringLiteral("host")).toString().leftJustified(15),
                             (row.value(QStringLiteral("mode")).toString() == QStringLiteral("test")
                                  ? QStringLiteral("TEST ") + row.value(QStringLiteral("instance")).toString()
                                  : row.value(QStringLiteral("instance")).toString())
                                 .leftJustified(19),
                             (row.value(QStringLiteral("kind")).toString() == QStringLiteral("restore")
                                  ? tr("restore: %1").arg(row.value(QStringLiteral("lastStep")).toString())
                                  : row.value(QStringLiteral("lastStep")).toString())
                                 .leftJustified(20),
                             row.value(QStringLiteral("state")).toString().leftJustified(11),
                             age(row.value(QStringLiteral("ageSeconds")).toInteger()))
               << u'\n';
    }
    if (resumable)
        io.out
            << tr("Continue the last unfinished deployment of a configuration with kkt-deploy deploy CONFIG "
                  "--resume; remove what one created with --roll-back ID (or its instance ID).")
            << u'\n';
    io.out.flush();
    return ExitOk;
}
