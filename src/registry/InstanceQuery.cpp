#include "InstanceQuery.h"

#include "InstanceSearch.h"

#include <QStringList>

QString InstanceQuery::columnName(Column column)
{
    switch (column) {
    case Name:
        return QStringLiteral("instance_name");
    case Mode:
        return QStringLiteral("mode");
    case Company:
        return QStringLiteral("client_company");
    case Domain:
        return QStringLiteral("domain");
    case Ip:
        return QStringLiteral("vds_ip");
    case Version:
        return QStringLiteral("deployed_version");
    case Status:
        return QStringLiteral("status");
    case LastHealthCheck:
        return QStringLiteral("last_health_check");
    case DeployedAt:
        return QStringLiteral("deployed_at");
    case ColumnCount:
        break;
    }
    return QStringLiteral("instance_name");
}

QString InstanceQuery::whereClause(RegistryTarget::Kind kind, QVariantList* values) const
{
    QStringList conditions;
    if (const QString matches = InstanceSearch::condition(kind, search, values); !matches.isEmpty())
        conditions << matches;
    if (!status.isEmpty()) {
        conditions << QStringLiteral("status = ?");
        *values << status;
    }
    if (!mode.isEmpty()) {
        conditions << QStringLiteral("mode = ?");
        *values << mode;
    }
    if (!company.isEmpty()) {
        conditions << QStringLiteral("client_company = ?");
        *values << company;
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString InstanceQuery::orderClause() const
{
    const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    return QStringLiteral(" ORDER BY %1%2, id%2").arg(columnName(sortColumn), dir);
}
