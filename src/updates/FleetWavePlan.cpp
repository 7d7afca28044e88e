#include "FleetWavePlan.h"

#include "releases/SemanticVersion.h"

#include <QJsonArray>

#include <algorithm>

namespace {

bool names(const InstanceRecord& r, const QString& reference)
{
    return r.name == reference || (!r.instanceNumber.isEmpty() && r.instanceNumber == reference) ||
           (!r.uuid.isNull() && r.uuid.toString(QUuid::WithoutBraces) == reference) ||
           (r.id != 0 && QString::number(r.id) == reference);
}

// The fleet's order: reachable first, a test instance first, the oldest deployment, the name.
bool before(const FleetWavePlan::Candidate& a, const FleetWavePlan::Candidate& b)
{
    const auto key = [](const FleetWavePlan::Candidate& c) {
        return std::make_tuple(
            !c.checkError.isEmpty(), c.instance.mode != QStringLiteral("test"),
            !c.instance.deployedAt.isValid(),
            c.instance.deployedAt.isValid() ? c.instance.deployedAt.toMSecsSinceEpoch() : 0, c.instance.name);
    };
    return key(a) < key(b);
}

} // namespace

QString FleetWavePlan::validate(const Parameters& p)
{
    if (p.sharePercent < 1 || p.sharePercent > 100)
        return tr("--share: %1 is not a percentage of the fleet — give 1 to 100 (default 25)")
            .arg(p.sharePercent);
    if (p.concurrency < 1)
        return tr("--concurrency: %1 instances at once is not possible — give 1 or more (default 2)")
            .arg(p.concurrency);
    if (p.maxFailures < 0)
        return tr("--max-failures: %1 is negative — give 0 (the first failure halts) or more")
            .arg(p.maxFailures);
    return {};
}

std::optional<FleetWavePlan> FleetWavePlan::make(const QList<Candidate>& candidates, const QString& target,
                                                 const Parameters& parameters, QString* error)
{
    *error = validate(parameters);
    if (!error->isEmpty())
        return std::nullopt;
    const std::optional<SemanticVersion> to = SemanticVersion::parse(target);
    if (!to) {
        *error = tr("the release “%1” is no version — give a release such as 1.2.0").arg(target);
        return std::nullopt;
    }
    FleetWavePlan plan;
    plan.target = to->toString();
    plan.parameters = parameters;
    QList<Candidate> planned;
    for (const Candidate& c : candidates) {
        const std::optional<SemanticVersion> current =
            c.checkError.isEmpty() ? SemanticVersion::parse(c.current) : std::nullopt;
        if (current && *current == *to)
            plan.skipped << Skipped{c.instance, c.current, tr("already on %1").arg(plan.target)};
        else if (current && *current > *to)
            plan.skipped << Skipped{c.instance, c.current,
                                    tr("runs %1, newer than %2").arg(c.current, plan.target)};
        else
            planned << c;
    }
    std::stable_sort(planned.begin(), planned.end(), before);
    if (!parameters.canary.isEmpty()) {
        const auto named = std::find_if(planned.begin(), planned.end(), [&](const Candidate& c) {
            return names(c.instance, parameters.canary);
        });
        if (named == planned.end()) {
            const bool isSkipped =
                std::any_of(plan.skipped.cbegin(), plan.skipped.cend(),
                            [&](const Skipped& s) { return names(s.instance, parameters.canary); });
            *error = isSkipped
                         ? tr("--canary: %1 needs no update to %2 — name an instance that does, or leave "
                              "--canary out")
                               .arg(parameters.canary, plan.target)
                         : tr("--canary: %1 is no active instance of the registry — give its name "
                              "(INST-…), UUID or id")
                               .arg(parameters.canary);
            return std::nullopt;
        }
        const Candidate canary = *named;
        planned.erase(named);
        planned.prepend(canary);
    }
    const auto entry = [](const Candidate& c, int wave) {
        return Entry{c.instance, wave, c.checkError.isEmpty() ? c.current : c.instance.version, c.checkError};
    };
    const int n = int(planned.size());
    if (n == 0)
        return plan;
    plan.waves << QList<Entry>{entry(planned.first(), 1)};
    if (n == 1)
        return plan;
    const int share = std::clamp((n * parameters.sharePercent + 99) / 100, 1, n - 1);
    QList<Entry> second, rest;
    for (int i = 1; i < n; ++i) {
        if (i <= share)
            second << entry(planned.at(i), 2);
        else
            rest << entry(planned.at(i), 3);
    }
    if (!second.isEmpty())
        plan.waves << second;
    if (!rest.isEmpty())
        plan.waves << rest;
    return plan;
}

int FleetWavePlan::instanceCount() const
{
    int n = 0;
    for (const QList<Entry>& wave : waves)
        n += int(wave.size());
    return n;
}

QString FleetWavePlan::waveLabel(int wave) const
{
    return tr("fleet wave %1/%2").arg(wave).arg(waves.size());
}

QJsonObject FleetWavePlan::toJson() const
{
    QJsonArray planned, skippedJson;
    for (const QList<Entry>& wave : waves) {
        for (const Entry& e : wave)
            planned.append(QJsonObject{{QStringLiteral("wave"), e.wave},
                                       {QStringLiteral("instance"), e.instance.name},
                                       {QStringLiteral("host"), e.instance.sshHost},
                                       {QStringLiteral("from"), e.from},
                                       {QStringLiteral("checkError"), e.checkError}});
    }
    for (const Skipped& s : skipped)
        skippedJson.append(QJsonObject{{QStringLiteral("instance"), s.instance.name},
                                       {QStringLiteral("current"), s.current},
                                       {QStringLiteral("reason"), s.reason}});
    return {{QStringLiteral("target"), target},
            {QStringLiteral("waves"), int(waves.size())},
            {QStringLiteral("sharePercent"), parameters.sharePercent},
            {QStringLiteral("concurrency"), parameters.concurrency},
            {QStringLiteral("maxFailures"), parameters.maxFailures},
            {QStringLiteral("planned"), planned},
            {QStringLiteral("skipped"), skippedJson}};
}
