#include "InstanceQuery.h"

#include <QStringList>

QString InstanceQuery::columnName(Column column)
{
    switch (column) {
    case Name:
        return QStringLiteral("instance_name");
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

QString InstanceQuery::whereClause(QVariantList* values) const
{
    QStringList conditions;
    const QString needle = search.trimmed();
    if (!needle.isEmpty()) {
        QString escaped = needle.toLower();
        escaped.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        const QString pattern = u'%' + escaped + u'%';
        QStringList parts;
        for (const char* column : {"instance_name", "client_company", "domain", "vds_ip"}) {
            parts << QStringLiteral("LOWER(%1) LIKE ? ESCAPE '\\'").arg(QLatin1String(column));
            *values << pattern;
        }
        conditions << u'(' + parts.join(QStringLiteral(" OR ")) + u')';
    }
    if (!status.isEmpty()) {
        conditions << QStringLiteral("status = ?");
        *values << status;
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
