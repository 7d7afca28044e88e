#pragma once

#include "core/DeploymentConfig.h"
#include "core/DeploymentSecrets.h"

#include <QCoreApplication>

// The Review page's sections as HTML tables of label/value rows, built from the configuration;
// user data is always escaped, secrets show only as “set” or “not set”. Its texts are the Review
// page's (same translation context).
class ReviewSummary
{
    Q_DECLARE_TR_FUNCTIONS(ReviewPage)

public:
    static QString mode(const DeploymentConfig& c);
    static QString server(const DeploymentConfig& c, const DeploymentSecrets& s, bool tested, bool skipped);
    static QString admin(const DeploymentConfig& c, const DeploymentSecrets& s);
    static QString bot(const DeploymentSecrets& s);
    static QString adminIds(const DeploymentConfig& c);
    static QString settings(const DeploymentConfig& c);
    // TLS (plain HTTP in the error colour), firewall and payload profile.
    static QString web(const DeploymentConfig& c);
};
