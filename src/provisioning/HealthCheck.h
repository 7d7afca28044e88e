#pragma once

#include <QString>

// One health check of a deployed instance, as shown in the health table.
struct HealthCheck
{
    QString id;    // postgresql, web, bot, nginx, local-health, database, certificate, public-health,
                   // admin-login, telegram
    QString title; // translated
    bool passed = false;
    QString detail; // why it failed, redacted
};
