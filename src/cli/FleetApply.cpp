#include "FleetApply.h"

#include "CancelOnInterrupt.h"
#include "ExitCode.h"
#include "TextTable.h"
#include "UpdateOptions.h"
#include "updates/FleetUpdateRunner.h"
#include "updates/UpdateChecker.h"

#include <QJsonDocument>

FleetApply::FleetApply()
    : canary(QStringLiteral("canary"),
             tr("with --all: the instance updated first, alone (default: a reachable test instance, else the "
                "oldest deployment)"),
             QStringLiteral("ID"))
    , share(QStringLiteral("share"),
            tr("with --all: the second wave's share of the fleet in percent (default 25)"),
            QStringLiteral("PERCENT"))
    , concurrency(QStringLiteral("concurrency"),
                  tr("with --all: how many instances are updated at once within a wave (default 2)"),
                  QStringLiteral("N"))
    , maxFailures(QStringLiteral("max-failures"),
                  tr("with --all: failures tolerated before the fleet halts (default 0: the first halts)"),
                  QStringLiteral("N"))
{}

void FleetApply::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({canary, share, concurrency, maxFailures});
}

bool FleetApply::anySet(const QCommandLineParser& parser) const
{
    return parser.isSet(canary) || parser.isSet(share) || parser.isSet(concurrency) ||
           parser.isSet(maxFailures);
}

int FleetApply::parameters(const QCommandLineParser& parser, CommandIo& io,
                           FleetWavePlan::Parameters* parameters) const
{
    parameters->canary = parser.value(canary);
    const auto number = [&](const QCommandLineOption& option, int* value) {
        if (!parser.isSet(option))
            return true;
        const int example = *value; // the default
        bool ok = false;
        *value = parser.value(option).toInt(&ok);
        if (!ok)
            io.err << tr("update apply: --%1: “%2” is not a whole number — give e.g. --%1 %3")
                          .arg(option.names().first(), parser.value(option))
                          .arg(example)
                   << Qt::endl;
        return ok;
    };
    if (!number(share, &parameters->sharePercent) || !number(concurrency, &parameters->concurrency) ||
        !number(maxFailures, &parameters->maxFailures))
        return ExitUsage;
    if (const QString problem = FleetWavePlan::validate(*parameters); !problem.isEmpty()) {
        io.err << tr("update apply: %1").arg(problem) << Qt::endl;
        return ExitUsage;
    }
    return -1;
}

std::optional<QList<FleetWavePlan::Candidate>>
FleetApply::check(const QCommandLineParser& parser, const UpdateOptions& options,
                  const QList<InstanceRecord>& instances, const UpdateRequest& release, CommandIo& io) const
{
    io.err << tr("Checking %n instance(s) …", nullptr, int(instances.size())) << Qt::endl;
    UpdateChecker checker(release.deployment.registry);
    checker.setRequestAdjuster([&](UpdateRequest& request) {
        UpdateRequest resolved;
        if (options.request(parser, QStringLiteral("update apply"), io, &resolved, request.instance.name) < 0)
            request = resolved;
        request.toVersion = release.manifest.version ? release.manifest.version->toString() : QString();
    });
    CancelOnInterrupt interrupt(checker);
    const QList<UpdateAvailability> checks = checker.check(instances, {release.manifest});
    if (interrupt.interrupts() > 0)
        return std::nullopt;
    QList<FleetWavePlan::Candidate> candidates;
    for (int i = 0; i < checks.size(); ++i)
        candidates << FleetWavePlan::Candidate{instances.at(i), checks.at(i).current, checks.at(i).error};
    return candidates;
}

void FleetApply::printPlan(const FleetWavePlan& plan, CommandIo& io)
{
    TextTable table({tr("WAVE"), tr("INSTANCE"), tr("HOST"), tr("FROM → TO")});
    for (const QList<FleetWavePlan::Entry>& wave : plan.waves) {
        for (const FleetWavePlan::Entry& e : wave)
            table.addRow(
                {QStringLiteral("%1/%2").arg(e.wave).arg(plan.waves.size()), e.instance.name,
                 e.instance.sshHost,
                 QStringLiteral("%1 → %2").arg(e.from.isEmpty() ? QStringLiteral("?") : e.from, plan.target) +
                     (e.checkError.isEmpty() ? QString() : tr(" (check failed: %1)").arg(e.checkError))});
    }
    for (const FleetWavePlan::Skipped& s : plan.skipped)
        table.addRow({tr("skipped"), s.instance.name, s.instance.sshHost, s.reason});
    table.print(io.err);
    io.err << tr("Concurrency %1, halts when more than %2 fail.")
                  .arg(plan.parameters.concurrency)
                  .arg(plan.parameters.maxFailures)
           << Qt::endl;
}

int FleetApply::run(const QCommandLineParser& parser, const UpdateOptions& options,
                    const QList<InstanceRecord>& instances, const UpdateRequest& release,
                    const QString& forceReason, CommandIo& io) const
{
    FleetWavePlan::Parameters p;
    if (const int code = parameters(parser, io, &p); code >= 0)
        return code;
    const ReleaseManifest& m = release.manifest;
    const QString target = m.version ? m.version->toString() : QString();
    const std::optional<QList<FleetWavePlan::Candidate>> candidates =
        check(parser, options, instances, release, io);
    if (!candidates) {
        io.err << tr("update apply: cancelled during the check; nothing was changed") << Qt::endl;
        return ExitCancelled;
    }
    QString error;
    const std::optional<FleetWavePlan> plan = FleetWavePlan::make(*candidates, target, p, &error);
    if (!plan) {
        io.err << tr("update apply: %1").arg(error) << Qt::endl;
        return ExitUsage;
    }
    printPlan(*plan, io);
    FleetUpdateRunner::Report report;
    if (plan->instanceCount() > 0) {
        const bool forced =
            m.severity == ReleaseManifest::Severity::Critical && !forceReason.trimmed().isEmpty();
        const bool approved =
            !forced &&
            options.confirm(
                parser,
                tr("Update %n instance(s) in waves to %1 (%2, %3)?", nullptr, plan->instanceCount())
                        .arg(target, ReleaseManifest::severityText(m.severity),
                             m.databaseMigration ? tr("migrates the database") : tr("no migration")) +
                    (m.changelog.isEmpty() ? QString() : u'\n' + m.changelog.text() + u'\n'),
                io);
        if (!forced && !approved) {
            io.err << tr("update apply: not approved; nothing was changed (pass --yes to approve)")
                   << Qt::endl;
            return ExitUsage;
        }
        FleetUpdateRunner fleet(*plan, [&](const InstanceRecord& instance, QString* problem) {
            UpdateRequest request;
            QString text;
            QTextStream quiet(&text);
            CommandIo captured{quiet, quiet, nullptr};
            if (options.request(parser, QStringLiteral("update apply"), captured, &request, instance.name) >=
                0)
                *problem = text.trimmed();
            request.toVersion = target;
            request.archivePath = release.archivePath;
            request.checksums = release.checksums;
            request.manifest = m;
            request.approved = approved;
            request.forceReason = forceReason;
            return request;
        });
        fleet.setJournalPath(parser.value(options.journal));
        const auto wave = [&](const FleetWavePlan::Entry& e) {
            return QStringLiteral("[%1 %2]").arg(plan->waveLabel(e.wave), e.instance.name);
        };
        fleet.setCallbacks(
            {[&](const FleetWavePlan::Entry& e) {
                 io.err << tr("%1 updating %2 → %3 on %4 …").arg(wave(e), e.from, target, e.instance.sshHost)
                        << Qt::endl;
             },
             [&](const FleetWavePlan::Entry& e, const QString& line) {
                 io.err << wave(e) << u' ' << line << Qt::endl;
             },
             [&](const FleetUpdateRunner::InstanceResult& r) {
                 io.err << tr("%1 %2: %3")
                               .arg(wave(r.entry), r.statusName(),
                                    r.outcome.message.isEmpty() ? r.outcome.error : r.outcome.message)
                        << Qt::endl;
             }});
        report = CancelOnInterrupt::run(fleet, [&fleet] { return fleet.run(); });
    } else {
        report.target = target;
        report.skipped = plan->skipped;
    }
    if (parser.isSet(options.json)) {
        QJsonObject json = report.toJson();
        json.insert(QStringLiteral("plan"), plan->toJson());
        io.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        for (const FleetUpdateRunner::InstanceResult& r : std::as_const(report.results))
            io.out << QStringLiteral("%1  %2  %3")
                          .arg(plan->waveLabel(r.entry.wave), r.entry.instance.name, r.statusName())
                   << Qt::endl;
        io.out << tr("Fleet update to %1: %2").arg(target, report.summaryText()) << Qt::endl;
    }
    if (report.succeeded())
        return ExitOk;
    // Cancelled by the operator: 11 like a single update, whatever the instances cut short count as.
    return report.cancelled ? ExitCancelled : ExitFailure;
}
