#include "WelcomePage.h"

#include "ui_WelcomePage.h"

WelcomePage::WelcomePage(DeploymentConfig* config, DeploymentSecrets* secrets, QWidget* parent)
    : DeploymentPage(config, secrets, parent)
    , m_ui(new Ui::WelcomePage)
{
    m_ui->setupUi(this);
    m_ui->loadMessageLabel->setVisible(false);
    connect(m_ui->productionRadio, &QRadioButton::toggled, this, [this] { refresh(); });
    connect(m_ui->loadConfigButton, &QPushButton::clicked, this, &WelcomePage::loadRequested);
    connect(m_ui->resumeButton, &QPushButton::clicked, this, [this] { emit resumeRequested(m_resumeId); });
    m_ui->resumeGroup->setVisible(false);
    load(false);
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::setLoadMessage(const QString& message, bool failed)
{
    if (failed)
        setUpMessage(m_ui->loadMessageLabel);
    else
        m_ui->loadMessageLabel->setPalette(QPalette());
    m_ui->loadMessageLabel->setText(message);
    m_ui->loadMessageLabel->setVisible(!message.isEmpty());
}

void WelcomePage::offerResume(const QString& deploymentId, const QString& host, const QString& instanceId,
                              const QDateTime& startedAt, const QString& status)
{
    m_resumeId = deploymentId;
    m_ui->resumeGroup->setVisible(!deploymentId.isEmpty());
    if (deploymentId.isEmpty())
        return;
    const QString state = status == QLatin1String("failed")      ? tr("failed")
                          : status == QLatin1String("cancelled") ? tr("was stopped")
                                                                 : tr("did not finish");
    m_ui->resumeLabel->setText(
        tr("Deployment %1 to %2 (instance %3), started %4, %5. Resume it: its configuration is loaded, you "
           "enter "
           "the secrets again on their pages, and it continues at the first step not done.")
            .arg(deploymentId, host, instanceId.isEmpty() ? tr("not created yet") : instanceId,
                 QLocale().toString(startedAt.toLocalTime(), QLocale::ShortFormat), state));
}

void WelcomePage::loadFields()
{
    const bool production = config().mode == DeploymentMode::Production;
    m_ui->productionRadio->setChecked(production);
    m_ui->testRadio->setChecked(!production);
}

void WelcomePage::refresh()
{
    if (isLoading())
        return;
    config().mode = m_ui->testRadio->isChecked() ? DeploymentMode::Test : DeploymentMode::Production;
    setComplete(true);
}
