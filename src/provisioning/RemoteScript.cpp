#include "RemoteScript.h"

#include "StepCatalog.h"

#include <QUuid>

QString RemoteScript::quote(const QString& value)
{
    QString quoted = value;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString RemoteScript::compose(const Variables& variables, const QString& body)
{
    QString script = QStringLiteral("#!/bin/bash\n");
    for (const auto& [name, value] : variables)
        script += name + u'=' + quote(value) + u'\n';
    script += StepCatalog::prelude();
    script += u'\n';
    script += body;
    return script;
}

QString RemoteScript::stepBody(const ProvisioningStep& step, const Variables& detachedVariables)
{
    QString action = step.action;
    if (step.finishBeforeCancel) {
        const QString end = QStringLiteral("KKT_DETACHED_") + QUuid::createUuid().toString(QUuid::Id128);
        action = QStringLiteral("kkt_detached %1 <<'%2'\n%3\n%2\n")
                     .arg(quote(step.unitName()), end, compose(detachedVariables, step.action));
    }
    return QStringLiteral("echo '::kkt-stage probe'\n"
                          "probe_out=$( (\n%1) 2>&1 ) || probe_out=\"$probe_out\n::kkt-probe unknown the "
                          "probe failed\"\n"
                          "printf '%s\\n' \"$probe_out\" | grep -v -e '^::kkt-probe' -e '^$' || true\n"
                          "state=$(printf '%s\\n' \"$probe_out\" | sed -n 's/^::kkt-probe "
                          "\\([a-z]*\\).*/\\1/p' | tail -n 1)\n"
                          "echo \"::kkt-state ${state:-unknown}\"\n"
                          "if [ \"${state:-unknown}\" != done ]; then\n"
                          "echo '::kkt-stage action'\n"
                          "(\n%2)\n"
                          "fi\n"
                          "echo '::kkt-stage verify'\n"
                          "(\n%3)\n"
                          "echo '::kkt-stage ok'\n")
        .arg(step.probe, action, step.verify);
}

QString RemoteScript::probeAllBody(const QList<ProvisioningStep>& steps)
{
    QString body = QStringLiteral("set +e\n");
    for (const ProvisioningStep& step : steps) {
        if (step.probe.isEmpty())
            continue;
        body += QStringLiteral(
                    "echo '::kkt-step %1'\n( (\n%2) 2>&1 || echo '::kkt-probe unknown the probe failed' )\n")
                    .arg(step.id, step.probe);
    }
    return body;
}
