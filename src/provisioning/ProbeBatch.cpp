#include "ProbeBatch.h"

#include <QStringList>

namespace {

// Each probe and verify runs in a subshell of its own: an `exit` (kkt_done …) leaves only it. The
// verify runs under errexit as in a step's own script, and never inside a tested context (`&&`,
// `if`), where bash would ignore errexit. The probe's answer is read by bash itself (no sed, no
// tail: every process counts when twenty steps are asked at once).
const char stepTemplate[] = R"kkt(echo '::kkt-step %1'
kkt_t0=${EPOCHREALTIME/./}
kkt_probe=$( (
%2) 2>&1 ) || kkt_probe="$kkt_probe
::kkt-probe unknown the probe failed"
printf '%s\n' "$kkt_probe"
kkt_state=
while IFS= read -r kkt_line; do
    case $kkt_line in "::kkt-probe "*) kkt_state=${kkt_line#::kkt-probe } kkt_state=${kkt_state%% *} ;; esac
done <<<"$kkt_probe"
if [ "$kkt_state" = done ]; then
%3fi
echo "::kkt-took $(( (${EPOCHREALTIME/./} - kkt_t0) / 1000 ))"
)kkt";

const char verifyTemplate[] = R"kkt(    kkt_verify=$( (
set -e
%1) 2>&1 )
    kkt_rc=$?
    if [ "$kkt_rc" = 0 ]; then
        echo '::kkt-verify ok'
    else
        echo "::kkt-verify fail $(printf '%s\n' "$kkt_verify" | grep -v -e '^::kkt-' -e '^$' | tail -n 1)"
    fi
)kkt";

// A step whose probe, saying done, has just checked all that its verify would (#! verify: implied):
// the verify's answer is that same check's, not a repetition of it.
const char impliedVerify[] = "    echo '::kkt-verify ok'\n";

} // namespace

QString ProbeBatch::body(const QList<ProvisioningStep>& steps, const QString& after)
{
    // The probes and verifies only read, so they all run at once (most of their time is spent
    // starting processes and waiting for PostgreSQL, systemd or nginx); each writes to a file of its
    // own in a private folder, printed in step order once all have finished.
    QString body = QStringLiteral("set +e\nkkt_batch=$(mktemp -d)\n");
    QStringList parts;
    for (const ProvisioningStep& step : steps) {
        if (step.probe.isEmpty())
            continue;
        parts << QStringLiteral("\"$kkt_batch/%1\"").arg(parts.size());
        body += QStringLiteral("{\n%1} >%2 2>&1 &\n")
                    .arg(QString::fromLatin1(stepTemplate)
                             .arg(step.id, step.probe,
                                  step.verifyImplied ? QString::fromLatin1(impliedVerify)
                                                     : QString::fromLatin1(verifyTemplate).arg(step.verify)),
                         parts.last());
    }
    if (!after.isEmpty()) {
        parts << QStringLiteral("\"$kkt_batch/%1\"").arg(parts.size());
        body += QStringLiteral("{\necho '::kkt-step '\n(\n%1)\n} >%2 2>&1 &\n").arg(after, parts.last());
    }
    body += QStringLiteral("wait\n");
    if (!parts.isEmpty())
        body += QStringLiteral("cat %1\n").arg(parts.join(u' '));
    body += QStringLiteral("rm -rf \"$kkt_batch\"\n");
    return body;
}

QMap<QString, ProbeBatch::Result> ProbeBatch::parse(const QString& output)
{
    QMap<QString, Result> results;
    QString current;
    for (const QString& line : output.split(u'\n')) {
        if (line.startsWith(QStringLiteral("::kkt-step "))) {
            current = line.mid(11).trimmed();
            if (!current.isEmpty())
                results.insert(current, Result{QStringLiteral("unknown"), {}, false, {}, -1});
            continue;
        }
        if (current.isEmpty())
            continue;
        Result& result = results[current];
        if (line.startsWith(QStringLiteral("::kkt-probe "))) {
            const QString probe = line.mid(12).trimmed();
            result.state = probe.section(u' ', 0, 0);
            result.reason = probe.section(u' ', 1);
        } else if (line.startsWith(QStringLiteral("::kkt-verify "))) {
            const QString verify = line.mid(13).trimmed();
            result.verified = verify == QStringLiteral("ok");
            result.verifyDetail = result.verified ? QString() : verify.section(u' ', 1);
        } else if (line.startsWith(QStringLiteral("::kkt-took "))) {
            result.tookMs = line.mid(11).trimmed().toInt();
        }
    }
    for (Result& result : results) {
        if (result.state != QStringLiteral("done") && result.state != QStringLiteral("change"))
            result.state = QStringLiteral("unknown");
    }
    return results;
}

PlanItem ProbeBatch::planItem(const ProvisioningStep& step, const QMap<QString, Result>& results)
{
    PlanItem item{step.id, step.title, PlanItem::State::Unknown, {}};
    if (step.kind == ProvisioningStep::Kind::TelegramMode) {
        item.reason = tr("checked with Telegram when the step runs");
        return item;
    }
    const Result result = results.value(step.id, Result{QStringLiteral("unknown"), {}, false, {}, -1});
    item.reason = result.reason;
    if (result.doneAndVerified()) {
        item.state = PlanItem::State::Done;
    } else if (result.state == QStringLiteral("done")) {
        item.reason = tr("looks done, but its check fails (%1): the step will report it")
                          .arg(result.verifyDetail.isEmpty() ? tr("no detail") : result.verifyDetail);
    } else if (result.state == QStringLiteral("change")) {
        item.state = PlanItem::State::WillChange;
    }
    return item;
}
