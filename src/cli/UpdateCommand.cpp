#include "UpdateCommand.h"

#include "CancelOnInterrupt.h"
#include "ExitCode.h"
#include "FleetApply.h"
#include "ReleaseProvision.h"
#include "UpdateOptions.h"
#include "registry/Registry.h"
#include "updates/UpdateChecker.h"
#include "updates/UpdateRelease.h"
#include "updates/UpdateReleaseList.h"
#include "updates/UpdateRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

namespace {

QCommandLineOption allOption()
{
    return QCommandLineOption(QStringLiteral("all"),
                              UpdateCommand::tr("check, or update in waves, every active instance"));
}
QCommandLineOption toOption()
{
    return QCommandLineOption(QStringLiteral("to"),
                              UpdateCommand::tr("the version to update to (default: the newest)"),
                              QStringLiteral("VERSION"));
}
QCommandLineOption archiveOption()
{
    return QCommandLineOption(
        QStringLiteral("archive"),
        UpdateCommand::tr("the release archive on this machine (repeatable with check)"),
        QStringLiteral("FILE"));
}
QCommandLineOption checksumsOption()
{
    return QCommandLineOption(QStringLiteral("checksums"),
                              UpdateCommand::tr("its checksums.txt, or its SHA-256"), QStringLiteral("FILE"));
}
QCommandLineOption atOption()
{
    return QCommandLineOption(
        QStringLiteral("at"),
        UpdateCommand::tr("stage now and apply at this time (HH:MM, or yyyy-MM-ddTHH:MM)"),
        QStringLiteral("TIME"));
}
QCommandLineOption forceOption()
{
    return QCommandLineOption(QStringLiteral("force-reason"),
                              UpdateCommand::tr("apply a critical update without per-instance approval, "
                                                "stating why"),
                              QStringLiteral("TEXT"));
}
QCommandLineOption resumeOption()
{
    return QCommandLineOption(QStringLiteral("resume"),
                              UpdateCommand::tr("continue the interrupted update ID"), QStringLiteral("ID"));
}

// The moment --at names: today's (or, once past, tomorrow's) HH:MM, or a full local date and time.
QDateTime applyTime(const QString& text)
{
    const QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
    if (time.isValid()) {
        QDateTime at(QDate::currentDate(), time);
        return at < QDateTime::currentDateTime() ? at.addDays(1) : at;
    }
    QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    return at;
}

} // namespace

QString UpdateCommand::summary() const
{
    return tr("check instances for updates, or update one (staged, backed up, health-gated, rolled back on "
              "failure)");
}

int UpdateCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    UpdateOptions options;
    options.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("action"), tr("check | apply"));
    parser.addOptions({allOption(), toOption(), archiveOption(), checksumsOption(), atOption(), forceOption(),
                       resumeOption()});
    const FleetApply fleet;
    fleet.addTo(parser);
    if (const int code = parse(parser, arguments, io); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1 || (action != QStringLiteral("check") && action != QStringLiteral("apply"))) {
        io.err
            << tr("update: give an action — kkt-deploy update check [--instance ID | --all], or update apply "
                  "[--instance ID | --all]")
            << Qt::endl;
        return ExitUsage;
    }
    if (parser.values(archiveOption()).size() != parser.values(checksumsOption()).size()) {
        io.err << tr("update: --archive and --checksums go in pairs — give the checksums of each archive")
               << Qt::endl;
        return ExitUsage;
    }
    if (fleet.anySet(parser) && (action != QStringLiteral("apply") || !parser.isSet(allOption()))) {
        io.err
            << tr("update: --canary, --share, --concurrency and --max-failures are for a fleet update — add "
                  "--all to update apply")
            << Qt::endl;
        return ExitUsage;
    }
    if (action == QStringLiteral("check"))
        return check(parser, options, io);
    return parser.isSet(allOption()) ? applyAll(parser, options, fleet, io) : apply(parser, options, io);
}

int UpdateCommand::activeInstances(const QCommandLineParser& parser, const UpdateOptions& options,
                                   CommandIo& io, QList<InstanceRecord>* instances, RegistryTarget* target)
{
    QString error;
    int code = ExitUsage;
    if (!options.registry.resolve(parser, io, target, &error, &code)) {
        io.err << error << Qt::endl;
        return code;
    }
    Registry registry(*target);
    const QList<InstanceRecord> all = registry.open(&error)
                                          ? registry.instances(InstanceQuery(), 0, 100000, &error)
                                          : QList<InstanceRecord>();
    if (!error.isEmpty()) {
        io.err << error << Qt::endl;
        return RegistryOptions::exitCodeFor(error);
    }
    for (const InstanceRecord& r : all) {
        if (r.status == QStringLiteral("active"))
            *instances << r;
    }
    return -1;
}

int UpdateCommand::applyAll(const QCommandLineParser& parser, const UpdateOptions& options,
                            const FleetApply& fleet, CommandIo& io)
{
    if (parser.isSet(options.instance) || parser.isSet(atOption()) || parser.isSet(resumeOption())) {
        io.err << tr("update apply --all: --instance, --at and --resume are for one instance — leave them "
                     "out, or "
                     "update one instance with --instance ID")
               << Qt::endl;
        return ExitUsage;
    }
    FleetWavePlan::Parameters parameters; // bad values are named before anything is read
    if (const int code = fleet.parameters(parser, io, &parameters); code >= 0)
        return code;
    QList<InstanceRecord> instances;
    RegistryTarget target;
    if (const int code = activeInstances(parser, options, io, &instances, &target); code >= 0)
        return code;
    if (instances.isEmpty()) {
        io.out << tr("update apply --all: the registry has no active instance; nothing to update")
               << Qt::endl;
        return ExitOk;
    }
    // The release is fetched once for the fleet, with the payload profile of its first instance.
    UpdateRequest release;
    if (const int code =
            options.request(parser, QStringLiteral("update apply"), io, &release, instances.first().name);
        code >= 0)
        return code;
    if (const int code = this->release(parser, &release, io); code >= 0)
        return code;
    return fleet.run(parser, options, instances, release, parser.value(forceOption()), io);
}

int UpdateCommand::check(const QCommandLineParser& parser, const UpdateOptions& options, CommandIo& io)
{
    if (parser.isSet(allOption()) == parser.isSet(options.instance)) {
        io.err << tr("update check: give --instance ID or --all") << Qt::endl;
        return ExitUsage;
    }
    QList<InstanceRecord> instances;
    RegistryTarget target;
    if (parser.isSet(options.instance)) {
        UpdateRequest one;
        if (const int code = options.request(parser, QStringLiteral("update check"), io, &one); code >= 0)
            return code;
        instances << one.instance;
        target = one.deployment.registry;
    } else if (const int code = activeInstances(parser, options, io, &instances, &target); code >= 0) {
        return code;
    }

    QList<ReleaseManifest> releases;
    const QStringList archives = parser.values(archiveOption());
    for (int i = 0; i < archives.size(); ++i) {
        QString error;
        const std::optional<UpdateRelease> r =
            UpdateRelease::fromArchive(archives.at(i), parser.values(checksumsOption()).at(i), &error);
        if (!r) {
            io.err << tr("update check: --archive: %1").arg(error) << Qt::endl;
            return ExitUnsafeArchive;
        }
        releases << r->manifest;
    }
    if (archives.isEmpty()) {
        UpdateReleaseList list;
        if (!list.fetchBlocking()) {
            io.err << tr("update check: the release list cannot be read: %1").arg(list.errorText())
                   << Qt::endl;
            return ExitUnreachable;
        }
        releases = list.releases();
    }

    UpdateChecker checker(target);
    checker.setRequestAdjuster([&](UpdateRequest& request) {
        UpdateRequest resolved;
        if (options.request(parser, QStringLiteral("update check"), io, &resolved, request.instance.name) < 0)
            request = resolved;
        request.toVersion = parser.value(toOption());
    });
    bool failed = false;
    QJsonArray json;
    checker.check(instances, releases, [&](const UpdateAvailability& a) {
        failed = failed || !a.error.isEmpty();
        json.append(a.toJson());
        if (parser.isSet(options.json))
            return;
        if (!a.error.isEmpty())
            io.out << tr("%1: cannot check — %2").arg(a.instanceName, a.error) << Qt::endl;
        else if (!a.updateAvailable() && a.refusal.isEmpty())
            io.out << tr("%1: %2 is up to date").arg(a.instanceName, a.current) << Qt::endl;
        else if (!a.updateAvailable())
            io.out << tr("%1: %2 — %3").arg(a.instanceName, a.current, a.refusal) << Qt::endl;
        else
            io.out << tr("%1: %2 → %3 (%4; %5; downtime %6; rollback %7)%8\n%9")
                          .arg(a.instanceName, a.current, a.available,
                               ReleaseManifest::severityText(a.severity),
                               a.migration ? tr("migrates the database") : tr("no migration"),
                               a.downtimeText(), a.rollbackSupported ? tr("possible") : tr("not possible"),
                               a.refusal.isEmpty() ? QString() : QStringLiteral(" — ") + a.refusal,
                               a.manifest.changelog.text())
                   << Qt::endl;
    });
    if (parser.isSet(options.json))
        io.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return failed ? ExitFailure : ExitOk;
}

int UpdateCommand::release(const QCommandLineParser& parser, UpdateRequest* request, CommandIo& io)
{
    QString archive = parser.value(archiveOption()), checksums = parser.value(checksumsOption());
    if (archive.isEmpty()) {
        DeploymentConfig config;
        config.profile = request->deployment.config.profile;
        config.release.source = parser.isSet(toOption()) ? ReleaseSource::Tag : ReleaseSource::Latest;
        config.release.tag = parser.value(toOption());
        VerifiedRelease verified;
        if (const int code = ReleaseProvision::provide(config, io, QStringLiteral("update apply"), &verified);
            code >= 0)
            return code;
        archive = verified.archivePath;
        checksums = verified.checksumsPath;
    }
    QString error;
    const std::optional<UpdateRelease> r = UpdateRelease::fromArchive(archive, checksums, &error);
    if (!r) {
        io.err << tr("update apply: %1").arg(error) << Qt::endl;
        return ExitUnsafeArchive;
    }
    request->archivePath = r->archivePath;
    request->checksums = r->checksums;
    request->manifest = r->manifest;
    return -1;
}

int UpdateCommand::apply(const QCommandLineParser& parser, const UpdateOptions& options, CommandIo& io)
{
    UpdateRequest request;
    if (const int code = options.request(parser, QStringLiteral("update apply"), io, &request); code >= 0)
        return code;
    if (const int code = release(parser, &request, io); code >= 0)
        return code;
    request.toVersion = parser.value(toOption());
    request.forceReason = parser.value(forceOption());
    request.resumeId = parser.value(resumeOption());
    if (parser.isSet(atOption())) {
        request.applyAt = applyTime(parser.value(atOption()));
        if (!request.applyAt.isValid()) {
            io.err << tr("update apply: --at: “%1” is not a time — give HH:MM or yyyy-MM-ddTHH:MM")
                          .arg(parser.value(atOption()))
                   << Qt::endl;
            return ExitUsage;
        }
    }
    const ReleaseManifest& m = request.manifest;
    const bool forced =
        m.severity == ReleaseManifest::Severity::Critical && !request.forceReason.trimmed().isEmpty();
    if (!forced) {
        const QString question =
            tr("Update %1 on %2 to %3 (%4, %5)?")
                .arg(request.instance.name, request.deployment.target.host,
                     m.version ? m.version->toString() : QString(), ReleaseManifest::severityText(m.severity),
                     m.databaseMigration ? tr("migrates the database") : tr("no migration")) +
            (m.changelog.isEmpty() ? QString() : u'\n' + m.changelog.text() + u'\n');
        request.approved = options.confirm(parser, question, io);
        if (!request.approved) {
            io.err << tr("update apply: not approved; nothing was changed (pass --yes to approve)")
                   << Qt::endl;
            return ExitUsage;
        }
    }
    const QString journal = parser.value(options.journal);
    if (request.applyAt.isValid() && request.applyAt > QDateTime::currentDateTime()) {
        UpdateRunner stager(request);
        stager.setJournalPath(journal);
        const UpdateOutcome staged = UpdateOptions::run(
            stager, [&stager] { return stager.stage(); }, io);
        if (staged.status != UpdateOutcome::Status::Staged)
            return options.report(parser, QStringLiteral("update apply"), staged, io);
        io.err
            << tr("Staged; the update is applied at %1 (update %2). Keep this running, or apply it then with "
                  "--resume %2.")
                   .arg(request.applyAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), staged.updateId)
            << Qt::endl;
        CancelOnInterrupt interrupt; // Ctrl+C ends the wait
        while (!interrupt.interrupts() && QDateTime::currentDateTime() < request.applyAt)
            QThread::msleep(200);
        if (interrupt.interrupts()) {
            io.err << tr("update apply: cancelled while waiting; the release stays staged — apply it with "
                         "--resume %1")
                          .arg(staged.updateId)
                   << Qt::endl;
            return ExitCancelled;
        }
        request.resumeId = staged.updateId;
    }
    UpdateRunner runner(request);
    runner.setJournalPath(journal);
    const UpdateOutcome outcome = UpdateOptions::run(
        runner, [&runner] { return runner.apply(); }, io);
    return options.report(parser, QStringLiteral("update apply"), outcome, io);
}
