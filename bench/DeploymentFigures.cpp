#include "DeploymentFigures.h"

#include <algorithm>
#include <cstdio>

double DeploymentFigures::rerunMedianS() const
{
    QList<double> values = reruns;
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

void DeploymentFigures::printComparison(const DeploymentFigures& kkt, const DeploymentFigures& ansible,
                                        int reruns)
{
    const auto row = [](const char* name, const QString& a, const QString& b) {
        std::printf("%-44s %22s %34s\n", name, qPrintable(a), qPrintable(b));
    };
    const auto s = [](double v) {
        return QString::number(v, 'f', 2) + QStringLiteral(" s");
    };
    std::printf(
        "\nDeployment of the sample release onto a Debian 12 systemd host with the packages present\n");
    row("", QStringLiteral("KKT Deploy"), QStringLiteral("Ansible"));
    row("full deployment, wall", s(kkt.fullS), s(ansible.fullS));
    row("  of which apt (system.packages)", s(kkt.aptS), s(ansible.aptS));
    row("  of which pip (app.venv)", s(kkt.pipS), s(ansible.pipS));
    row("full deployment, net of apt and pip", s(kkt.netS()), s(ansible.netS()));
    row("SSH connections opened (full deployment)", QString::number(kkt.connections),
        QString::number(ansible.connections));
    row("SSH connections opened (last re-run)", QString::number(kkt.rerunConnections),
        QString::number(ansible.rerunConnections));
    row(qPrintable(QStringLiteral("idempotent re-run, median of %1").arg(reruns)), s(kkt.rerunMedianS()),
        s(ansible.rerunMedianS()));
    row("  re-runs reported", kkt.rerunChanges, ansible.rerunChanges);
    row("/health through nginx after deployment",
        kkt.healthy ? QStringLiteral("ok") : QStringLiteral("FAILED"),
        ansible.healthy ? QStringLiteral("ok") : QStringLiteral("FAILED"));
    const double kktRerun = kkt.rerunMedianS();
    std::printf(
        "\nre-run ratio Ansible / KKT Deploy: %.1f× (aim ≥ 15×); KKT Deploy re-run %.2f s (aim ≤ 1 s); "
        "KKT Deploy connections %d (aim 1)\n",
        kktRerun > 0 ? ansible.rerunMedianS() / kktRerun : 0.0, kktRerun, kkt.connections);
    QStringList onlyKkt, onlyAnsible;
    for (const QString& line : std::as_const(kkt.state)) {
        if (!ansible.state.contains(line))
            onlyKkt << line;
    }
    for (const QString& line : std::as_const(ansible.state)) {
        if (!kkt.state.contains(line))
            onlyAnsible << line;
    }
    const bool same = !kkt.state.isEmpty() && onlyKkt.isEmpty() && onlyAnsible.isEmpty();
    std::printf("server state after both deployments (%lld facts: file hashes, modes, links, units, tables, "
                "users): %s\n",
                static_cast<long long>(kkt.state.size()), same ? "identical" : "DIFFERENT");
    for (const QString& line : std::as_const(onlyKkt))
        std::printf("  only KKT Deploy: %s\n", qPrintable(line));
    for (const QString& line : std::as_const(onlyAnsible))
        std::printf("  only Ansible:    %s\n", qPrintable(line));
}
