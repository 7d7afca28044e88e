#include "ProductionSnapshot.h"

#include <QJsonArray>

ProductionSnapshot ProductionSnapshot::parse(const QString& output)
{
    static const QString marker = QStringLiteral("::kkt-fact ");
    ProductionSnapshot snapshot;
    for (const QString& line : output.split(u'\n')) {
        if (!line.startsWith(marker))
            continue;
        const QString rest = line.mid(marker.size()).trimmed();
        const qsizetype space = rest.indexOf(u' ');
        const QString key = space < 0 ? rest : rest.left(space);
        if (!key.isEmpty())
            snapshot.m_facts.append({key, space < 0 ? QString() : rest.mid(space + 1)});
    }
    return snapshot;
}

QString ProductionSnapshot::value(const QString& key) const
{
    for (const auto& fact : m_facts) {
        if (fact.first == key)
            return fact.second;
    }
    return {};
}

QString ProductionSnapshot::instanceId() const
{
    const QString id = value(QStringLiteral("instance"));
    return id == QStringLiteral("none") ? QString() : id;
}

QList<ProductionSnapshot::Difference> ProductionSnapshot::compare(const ProductionSnapshot& before,
                                                                  const ProductionSnapshot& after)
{
    static const QString missing = QStringLiteral("missing");
    QList<Difference> differences;
    QStringList seen;
    for (const auto& fact : before.m_facts) {
        seen << fact.first;
        const bool present = std::any_of(after.m_facts.cbegin(), after.m_facts.cend(),
                                         [&](const auto& f) { return f.first == fact.first; });
        const QString now = present ? after.value(fact.first) : missing;
        if (now != fact.second)
            differences.append({fact.first, fact.second, now});
    }
    for (const auto& fact : after.m_facts) {
        if (!seen.contains(fact.first))
            differences.append({fact.first, missing, fact.second});
    }
    return differences;
}

QString ProductionSnapshot::describe(const QString& key)
{
    const qsizetype dot = key.indexOf(u'.');
    const QString kind = dot < 0 ? key : key.left(dot);
    const QString name = dot < 0 ? QString() : key.mid(dot + 1);
    if (kind == QStringLiteral("instance"))
        return tr("the production instance");
    if (kind == QStringLiteral("active"))
        return tr("whether %1 is active").arg(name);
    if (kind == QStringLiteral("started"))
        return tr("the process of %1 (PID and start time)").arg(name);
    if (kind == QStringLiteral("unit"))
        return tr("the unit file %1").arg(name);
    if (key == QStringLiteral("nginx.site"))
        return tr("production's nginx site");
    if (key == QStringLiteral("nginx.enabled"))
        return tr("the link that enables production's nginx site");
    if (key == QStringLiteral("nginx.conf"))
        return tr("nginx.conf");
    if (key == QStringLiteral("nginx.test"))
        return tr("nginx -t");
    if (kind == QStringLiteral("tls"))
        return tr("the certificate file %1").arg(name);
    if (kind == QStringLiteral("health"))
        return tr("production's /health through nginx");
    if (key == QStringLiteral("files.env"))
        return tr("production's .env");
    if (key == QStringLiteral("files.current"))
        return tr("production's current release");
    if (key == QStringLiteral("files.releases"))
        return tr("production's release folders");
    if (key == QStringLiteral("files.backups"))
        return tr("production's backups");
    if (key == QStringLiteral("files.state"))
        return tr("production's state on the server");
    if (key == QStringLiteral("database.schema"))
        return tr("production's database schema");
    if (kind == QStringLiteral("rows"))
        return tr("the rows of table %1").arg(name);
    return key;
}

QString ProductionSnapshot::summary(const QList<Difference>& differences)
{
    QStringList parts;
    for (const Difference& d : differences)
        parts << tr("%1: %2 → %3").arg(describe(d.key), d.before, d.after);
    return parts.join(QStringLiteral("; "));
}

QJsonObject ProductionSnapshot::toJson() const
{
    QJsonObject json;
    for (const auto& fact : m_facts)
        json.insert(fact.first, fact.second);
    return json;
}

QJsonObject ProductionSnapshot::comparisonJson(const ProductionSnapshot& before,
                                               const ProductionSnapshot& after)
{
    QJsonArray differences;
    const QList<Difference> found = compare(before, after);
    for (const Difference& d : found)
        differences.append(QJsonObject{{QStringLiteral("key"), d.key},
                                       {QStringLiteral("what"), describe(d.key)},
                                       {QStringLiteral("before"), d.before},
                                       {QStringLiteral("after"), d.after}});
    QJsonObject json{{QStringLiteral("instanceId"), before.instanceId()},
                     {QStringLiteral("before"), before.toJson()},
                     {QStringLiteral("unchanged"), found.isEmpty() && !after.isEmpty()},
                     {QStringLiteral("differences"), differences}};
    if (!after.isEmpty())
        json.insert(QStringLiteral("after"), after.toJson());
    return json;
}
