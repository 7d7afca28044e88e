#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// The production instance's state as a test deployment must leave it: its services (active, main
// PID and start time), unit files, nginx site and configuration (hashes, `nginx -t`), certificate,
// /health through nginx, .env, release and backup folders, and its database (schema hash, row
// counts). Taken by resources/steps/production.sh before and after; compare() names every
// difference.
class ProductionSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(ProductionSnapshot)

public:
    struct Difference
    {
        QString key;
        QString before; // "missing" when the fact was not there
        QString after;
    };

    // From the script's "::kkt-fact KEY VALUE" lines; other lines are ignored.
    static ProductionSnapshot parse(const QString& output);

    bool isEmpty() const { return m_facts.isEmpty(); }
    // The production instance's ID; empty when the server has none.
    QString instanceId() const;
    QList<QPair<QString, QString>> facts() const { return m_facts; }
    QString value(const QString& key) const;

    // Every fact that differs, appeared or disappeared, in the order of `before` then new ones.
    static QList<Difference> compare(const ProductionSnapshot& before, const ProductionSnapshot& after);
    // "the start of kkt-web (PID@time)", "the unit file kkt-web.service" … for a fact's key.
    static QString describe(const QString& key);
    // One line naming all differences, for errors and logs.
    static QString summary(const QList<Difference>& differences);

    QJsonObject toJson() const;
    static QJsonObject comparisonJson(const ProductionSnapshot& before, const ProductionSnapshot& after);

private:
    QList<QPair<QString, QString>> m_facts;
};
