#pragma once

#include "DeploymentContext.h"
#include "DeploymentOutcome.h"
#include "ProductionSnapshot.h"

#include <QCoreApplication>

// Production next to a test instance, checked before and after the test deployment (or the test
// instance's removal) over the run's own connection: resources/steps/production.sh with
// production's layout, read from the server's production state. after() names every difference.
class ProductionGuard
{
    Q_DECLARE_TR_FUNCTIONS(ProductionGuard)

public:
    explicit ProductionGuard(const DeploymentContext& context);

    // False (with `error`) when the server could not be asked. A server without a production
    // instance gives an empty-instance snapshot, and nothing to compare later.
    bool before(QString* error);
    // Snapshot again and compare with before(); true when production is as it was.
    bool after(QString* error);

    using Report = std::function<void(const QJsonObject& comparison)>;
    // For a run: before() into `outcome` (its production JSON, its error when it fails).
    bool start(DeploymentOutcome* outcome, const Report& report);
    // after(), into `outcome`: a run that changed production (or could not check it) fails loudly,
    // whatever it did otherwise. Once per run (the first call counts: before the registry is told).
    void conclude(DeploymentOutcome* outcome, const Report& report);

    bool hasBefore() const { return !m_before.isEmpty(); }
    bool hasAfter() const { return !m_after.isEmpty(); }
    const ProductionSnapshot& beforeSnapshot() const { return m_before; }
    const ProductionSnapshot& afterSnapshot() const { return m_after; }
    QList<ProductionSnapshot::Difference> differences() const;

private:
    bool take(ProductionSnapshot* snapshot, QString* error);

    const DeploymentContext& m_context;
    QString m_instanceId;
    QString m_domain;
    ProductionSnapshot m_before;
    ProductionSnapshot m_after;
    bool m_concluded = false; // conclude() ran: before the registry is told, or at the end
};
