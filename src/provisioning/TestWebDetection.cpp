#include "TestWebDetection.h"

#include "DeploymentConnection.h"
#include "InstanceLayout.h"
#include "StepCatalog.h"

bool TestWebDetection::apply(DeploymentConnection& connection, const PayloadProfile& profile,
                             DeploymentConfig* config, QString* error)
{
    if (config->mode != DeploymentMode::Test)
        return true;
    // The include file and the site are named alike in both modes: any layout of the test kind asks.
    const InstanceLayout probe(*config, profile, QStringLiteral("INST-00000000000000"));
    const DeploymentConnection::Result found =
        connection.run(probe, StepCatalog::script(QStringLiteral("test.web")));
    if (!found.ok) {
        *error = found.failure(5);
        return false;
    }
    if (const std::optional<TestWebMode> mode = parse(found.marker(QStringLiteral("test-web"))))
        config->testWeb = *mode;
    return true;
}

std::optional<TestWebMode> TestWebDetection::parse(const QString& marker)
{
    if (marker == QStringLiteral("path"))
        return TestWebMode::Path;
    if (marker == QStringLiteral("subdomain"))
        return TestWebMode::Subdomain;
    return std::nullopt;
}
