#include "ProvisioningStep.h"

#include <QStringList>

bool ProvisioningStep::parse(const QString& text)
{
    QString* section = nullptr;
    probe.clear();
    action.clear();
    verify.clear();
    for (const QString& line : text.split(u'\n')) {
        if (line == QStringLiteral("## probe"))
            section = &probe;
        else if (line == QStringLiteral("## action"))
            section = &action;
        else if (line == QStringLiteral("## verify"))
            section = &verify;
        else if (section)
            *section += line + u'\n';
    }
    return !probe.trimmed().isEmpty() && !action.trimmed().isEmpty() && !verify.trimmed().isEmpty();
}
