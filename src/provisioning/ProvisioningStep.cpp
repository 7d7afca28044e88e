#include "ProvisioningStep.h"

#include <QRegularExpression>
#include <QStringList>

bool ProvisioningStep::parse(const QString& text)
{
    static const QRegularExpression flagLine(QStringLiteral("^#! *([a-z-]+): *(\\S+) *$"));
    QString* section = nullptr;
    probe.clear();
    action.clear();
    verify.clear();
    recheckAlways = false;
    finishBeforeCancel = false;
    verifyImplied = false;
    for (const QString& line : text.split(u'\n')) {
        if (line == QStringLiteral("## probe")) {
            section = &probe;
        } else if (line == QStringLiteral("## action")) {
            section = &action;
        } else if (line == QStringLiteral("## verify")) {
            section = &verify;
        } else if (section) {
            *section += line + u'\n';
        } else if (line.startsWith(QStringLiteral("#!"))) {
            const QRegularExpressionMatch flag = flagLine.match(line);
            const QString name = flag.captured(1), value = flag.captured(2);
            if (name == QStringLiteral("recheck") && value == QStringLiteral("always"))
                recheckAlways = true;
            else if (name == QStringLiteral("interruption") && value == QStringLiteral("finish"))
                finishBeforeCancel = true;
            else if (name == QStringLiteral("verify") && value == QStringLiteral("implied"))
                verifyImplied = true;
            else
                return false;
        }
    }
    return !probe.trimmed().isEmpty() && !action.trimmed().isEmpty() && !verify.trimmed().isEmpty();
}

QString ProvisioningStep::unitName() const
{
    QString name = id;
    name.replace(u'.', u'-');
    return QStringLiteral("kkt-deploy-step-") + name;
}
