#pragma once

#include "PayloadProfile.h"
#include "core/DeploymentConfig.h"

#include <optional>

class DeploymentConnection;

// How a recorded test instance is served — under production's site (/test/, path mode) or under a
// name of its own (test.<domain>, subdomain mode) — read from its server, whose nginx configuration
// is the truth (resources/steps/test.web.sh). Runs that start from the registry (an update, a
// rollback, "Check health now") apply it before they build the layout, so that their URLs, health
// checks and nginx edits are the instance's own. Production is left as it is.
class TestWebDetection
{
public:
    // For a test instance: sets config->testWeb from the server; false (with `error`) when the server
    // could not be asked. True and nothing changed for production, or when the server has neither.
    static bool apply(DeploymentConnection& connection, const PayloadProfile& profile,
                      DeploymentConfig* config, QString* error);
    // The mode test.web.sh reported (its "::kkt-test-web" marker's value); nullopt for "none".
    static std::optional<TestWebMode> parse(const QString& marker);
};
