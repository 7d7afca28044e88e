#include "DeploymentPhases.h"

namespace {

struct PhaseInfo
{
    DeploymentPhase phase;
    const char* key;
    const char* title;
    int start;
    int end;
};

constexpr PhaseInfo phases[] = {
    {DeploymentPhase::Connect, "connect", QT_TRANSLATE_NOOP("DeploymentPhases", "Connect"), 0, 5},
    {DeploymentPhase::System, "system", QT_TRANSLATE_NOOP("DeploymentPhases", "System"), 5, 25},
    {DeploymentPhase::Database, "database", QT_TRANSLATE_NOOP("DeploymentPhases", "Database"), 25, 40},
    {DeploymentPhase::Release, "release", QT_TRANSLATE_NOOP("DeploymentPhases", "Release"), 40, 55},
    {DeploymentPhase::Application, "application", QT_TRANSLATE_NOOP("DeploymentPhases", "Application"), 55,
     75},
    {DeploymentPhase::Services, "services", QT_TRANSLATE_NOOP("DeploymentPhases", "Services"), 75, 85},
    {DeploymentPhase::Web, "web", QT_TRANSLATE_NOOP("DeploymentPhases", "Web"), 85, 95},
    {DeploymentPhase::Health, "health", QT_TRANSLATE_NOOP("DeploymentPhases", "Health checks"), 95, 98},
    {DeploymentPhase::Registry, "registry", QT_TRANSLATE_NOOP("DeploymentPhases", "Registry"), 98, 100},
};

const PhaseInfo& info(DeploymentPhase phase)
{
    return phases[int(phase)];
}

} // namespace

QString DeploymentPhases::title(DeploymentPhase phase)
{
    return tr(info(phase).title);
}

QString DeploymentPhases::key(DeploymentPhase phase)
{
    return QString::fromLatin1(info(phase).key);
}

int DeploymentPhases::start(DeploymentPhase phase)
{
    return info(phase).start;
}

int DeploymentPhases::end(DeploymentPhase phase)
{
    return info(phase).end;
}
