#include "UpdateRunner.h"

#include "UpdateRun.h"

UpdateRunner::UpdateRunner(UpdateRequest request, QObject* parent)
    : QObject(parent)
    , m_run(std::make_unique<UpdateRun>(*this, std::move(request)))
{}

UpdateRunner::~UpdateRunner() = default;

void UpdateRunner::setJournalPath(const QString& path)
{
    m_run->setJournalPath(path);
}

UpdateAvailability UpdateRunner::check(const QList<ReleaseManifest>& releases)
{
    return m_run->check(releases);
}

UpdateOutcome UpdateRunner::stage()
{
    return m_run->stage();
}

UpdateOutcome UpdateRunner::apply()
{
    return m_run->apply();
}

UpdateOutcome UpdateRunner::rollBack()
{
    return m_run->rollBack();
}

void UpdateRunner::cancel()
{
    m_run->cancel();
}
