#include "ReviewPage.h"

#include "provisioning/ExistingInstanceGuard.h"

#include "DeploymentWorker.h"
#include "GuiLogging.h"
#include "ReviewKeyCheck.h"
#include "ReviewSummary.h"
#include "core/ConfigValidator.h"
#include "core/Edition.h"
#include "provisioning/PayloadProfile.h"
#include "releases/ReleaseProvider.h"
#include "telegram/TelegramBotApi.h"
#include "telegram/TelegramCall.h"
#include "ui_ReviewPage.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QStringList>

ReviewPage::ReviewPage(DeploymentConfig* config, DeploymentSecrets* secrets, QWidget* parent)
    : DeploymentPage(config, secrets, parent)
    , m_ui(new Ui::ReviewPage)
{
    m_ui->setupUi(this);
    m_ui->saveMessageLabel->setVisible(false);
    m_ui->serverChecksGroup->setVisible(false);
    setUpMessage(m_ui->serverChecksLabel);
    const std::pair<QPushButton*, WizardPageId> edits[] = {
        {m_ui->editModeButton, WelcomePageId},        {m_ui->editServerButton, ServerPageId},
        {m_ui->editAdminButton, AdministratorPageId}, {m_ui->editBotButton, TelegramBotPageId},
        {m_ui->editAdminIdsButton, AdminIdsPageId},   {m_ui->editSettingsButton, SystemSettingsPageId},
        {m_ui->editWebButton, WebSecurityPageId}};
    for (const auto& [button, page] : edits) {
        button->setCursor(Qt::PointingHandCursor);
        // Looks like the link it is: it only navigates.
        button->setStyleSheet(QStringLiteral("QPushButton { color: palette(link); text-decoration: "
                                             "underline; border: none; padding: 2px 8px; }"));
        button->setToolTip(tr("Go back to this page; what you entered is kept"));
        connect(button, &QPushButton::clicked, this, [this, page = page] { emit editRequested(page); });
    }
    connect(m_ui->saveConfigButton, &QPushButton::clicked, this, &ReviewPage::saveRequested);

    m_planWorker = new DeploymentWorker(this);
    m_releaseProvider = new ReleaseProvider(this);
    connect(m_releaseProvider, &ReleaseProvider::stage, m_ui->planStatusLabel, &QLabel::setText);
    connect(m_releaseProvider, &ReleaseProvider::progress, this, [this](qint64 done, qint64 total) {
        m_ui->planBusy->setMaximum(100);
        m_ui->planBusy->setValue(total > 0 ? int(done * 100 / total) : 0);
    });
    connect(m_releaseProvider, &ReleaseProvider::finished, this, &ReviewPage::releaseFetched);
    m_botApi = new TelegramBotApi(this);
    setUpMessage(m_ui->planErrorLabel);
    m_ui->planTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->planTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_ui->checkPlanButton, &QPushButton::clicked, this, &ReviewPage::checkPlan);
    connect(m_ui->cancelPlanButton, &QPushButton::clicked, this, &ReviewPage::cancelPlan);
    connect(m_planWorker, &DeploymentWorker::finished, this, &ReviewPage::planFinished);
    connect(m_ui->confirmCheck, &QCheckBox::toggled, this, &ReviewPage::updateComplete);
    if (Edition::isSelfService()) {
        m_keyCheck = new ReviewKeyCheck(m_ui->confirmCheck);
        connect(m_keyCheck, &ReviewKeyCheck::changed, this, &ReviewPage::updateComplete);
    }
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("De&ploy"));
    resetPlan();
    load(false);
}

ReviewPage::~ReviewPage() = default;

void ReviewPage::initializePage()
{
    m_ui->saveMessageLabel->setVisible(false);
    // The configuration may have changed since the last plan: it must be computed again.
    resetPlan();
    refresh();
    if (m_keyCheck)
        m_keyCheck->start(secrets(), config().server.host);
}

void ReviewPage::setJournalPath(const QString& path)
{
    m_planWorker->setJournalPath(path);
}

void ReviewPage::resetPlan()
{
    if (m_releaseProvider->isRunning())
        m_releaseProvider->cancel();
    if (m_planWorker->isRunning())
        m_planWorker->cancel();
    if (m_tokenCall)
        m_tokenCall->cancel();
    m_planReady = false;
    m_tokenValid = false;
    m_ui->planTable->setRowCount(0);
    m_ui->confirmCheck->setChecked(false);
    m_ui->confirmCheck->setEnabled(false);
    m_ui->revalidationLabel->clear();
    m_ui->revalidationLabel->setVisible(false);
    m_ui->planStatusLabel->setText(tr("Not checked yet."));
    clearMessage(m_ui->planErrorLabel);
    setPlanRunning(m_planWorker->isRunning());
    updateComplete();
}

void ReviewPage::setPlanRunning(bool running)
{
    m_ui->planBusy->setVisible(running);
    m_ui->planBusy->setMaximum(0); // busy; a release download shows its share
    m_ui->cancelPlanButton->setVisible(running);
    m_ui->checkPlanButton->setEnabled(!running);
}

void ReviewPage::showPlanError(const QString& message)
{
    m_ui->planErrorLabel->setText(message);
    m_ui->planErrorLabel->setVisible(true);
}

void ReviewPage::checkPlan()
{
    if (m_planWorker->isRunning() || m_releaseProvider->isRunning())
        return;
    resetPlan();
    const DeploymentConfig validated = ConfigValidator::validate(config()).config;
    if (validated.release.source != ReleaseSource::File && !m_release.answers(validated.release)) {
        fetchRelease(validated);
        return;
    }
    QString error;
    const DeploymentRequest request = DeploymentRequest::make(validated, secrets(), &error, m_release);
    if (!error.isEmpty()) {
        m_ui->planStatusLabel->setText(tr("No plan."));
        showPlanError(tr("The plan cannot be computed: %1").arg(error));
        return;
    }
    m_ui->planStatusLabel->setText(tr("Asking the server what each step would do…"));
    setPlanRunning(true);
    m_planWorker->startPlan(request);
}

void ReviewPage::fetchRelease(const DeploymentConfig& validated)
{
    QString error;
    const PayloadProfile profile = PayloadProfile::forConfig(validated.profile, &error);
    if (!error.isEmpty()) {
        m_ui->planStatusLabel->setText(tr("No plan."));
        showPlanError(tr("The plan cannot be computed: %1").arg(error));
        return;
    }
    m_ui->planStatusLabel->setText(tr("Fetching and verifying the release…"));
    setPlanRunning(true);
    m_releaseProvider->setLayout(profile.releaseLayout());
    m_releaseProvider->start(validated.release);
}

void ReviewPage::releaseFetched()
{
    setPlanRunning(false);
    switch (m_releaseProvider->failure()) {
    case ReleaseProvider::Failure::None:
        m_release = m_releaseProvider->release();
        emit releaseVerified(m_release);
        checkPlan();
        return;
    case ReleaseProvider::Failure::Cancelled:
        m_ui->planStatusLabel->setText(tr("Cancelled: no plan."));
        return;
    default:
        // The provider's text names the cause: the network, GitHub, the checksum or the archive.
        m_ui->planStatusLabel->setText(tr("No plan."));
        showPlanError(tr("The release cannot be used: %1").arg(problemList(m_releaseProvider->errorText())));
        return;
    }
}

void ReviewPage::cancelPlan()
{
    m_releaseProvider->cancel();
    if (!m_planWorker->isRunning())
        return;
    m_planWorker->cancel();
    m_ui->planStatusLabel->setText(tr("Cancelling…"));
}

void ReviewPage::planFinished()
{
    setPlanRunning(false);
    const DeploymentWorker::Result& result = m_planWorker->result();
    if (m_planWorker->wasCancelled()) {
        m_ui->planStatusLabel->setText(tr("Cancelled: no plan."));
        return;
    }
    if (!result.planError.isEmpty() || result.plan.isEmpty()) {
        m_ui->planStatusLabel->setText(tr("No plan."));
        showPlanError(planProblem(result));
        return;
    }
    int changes = 0;
    int unknown = 0;
    m_ui->planTable->setRowCount(int(result.plan.size()));
    for (int row = 0; row < result.plan.size(); ++row) {
        const PlanItem& item = result.plan.at(row);
        QString state;
        QColor colour;
        switch (item.state) {
        case PlanItem::State::Done:
            state = tr("already done");
            colour = QColor(0x1b, 0x5e, 0x20);
            break;
        case PlanItem::State::WillChange:
            state = tr("will change");
            colour = QColor(0x0d, 0x47, 0xa1);
            ++changes;
            break;
        case PlanItem::State::Unknown:
            state = tr("cannot know until run");
            colour = QColor(0x8a, 0x5a, 0x00);
            ++unknown;
            break;
        }
        auto* title = new QTableWidgetItem(item.title);
        title->setData(Qt::UserRole, item.stepId);
        auto* stateItem = new QTableWidgetItem(state);
        stateItem->setForeground(colour);
        stateItem->setData(Qt::UserRole, int(item.state));
        m_ui->planTable->setItem(row, 0, title);
        m_ui->planTable->setItem(row, 1, stateItem);
        m_ui->planTable->setItem(row, 2, new QTableWidgetItem(item.reason));
    }
    m_ui->planStatusLabel->setText(tr("%n step(s) in the plan", nullptr, int(result.plan.size())) +
                                   QStringLiteral(": ") + tr("%n will change", nullptr, changes) +
                                   QStringLiteral(", ") +
                                   tr("%n cannot be known until run", nullptr, unknown) + u'.');
    m_planReady = true;
    m_ui->confirmCheck->setEnabled(true);
    showExistingInstance(result.existingInstance);
    // The server answered, so it is reachable; the token is the other thing that may have
    // changed since its page: ask Telegram once more.
    m_ui->revalidationLabel->setPalette(QPalette());
    m_ui->revalidationLabel->setText(tr("Checking that the bot token is still valid…"));
    m_ui->revalidationLabel->setVisible(true);
    m_botApi->setBaseUrl(TelegramBotApi::configuredBaseUrl());
    m_botApi->setToken(secrets().botToken);
    m_tokenCall = m_botApi->getMe();
    connect(m_tokenCall, &TelegramCall::finished, this, &ReviewPage::tokenChecked);
    updateComplete();
}

void ReviewPage::tokenChecked()
{
    auto* call = qobject_cast<TelegramCall*>(sender());
    if (!call)
        return;
    call->deleteLater();
    if (call != m_tokenCall)
        return;
    const TelegramResult result = call->result();
    if (result.error == TelegramResult::Error::Cancelled)
        return;
    if (result.error == TelegramResult::Error::None) {
        m_tokenValid = true;
        m_ui->revalidationLabel->setPalette(QPalette());
        m_ui->revalidationLabel->setText(
            tr("Server reachable (the plan came from it); bot token valid: @%1.")
                .arg(result.result.toObject().value(QStringLiteral("username")).toString()));
    } else {
        m_tokenValid = false;
        setUpMessage(m_ui->revalidationLabel);
        m_ui->revalidationLabel->setText(tokenProblem(result));
        m_ui->revalidationLabel->setVisible(true);
    }
    qCInfo(lcGui) << "bot token revalidated:" << m_tokenValid;
    updateComplete();
}

QString ReviewPage::problemList(const QString& problems)
{
    const QStringList all = problems.split(QStringLiteral("; "), Qt::SkipEmptyParts);
    return all.size() <= 1 ? problems : QStringLiteral("\n• ") + all.join(QStringLiteral("\n• "));
}

QString ReviewPage::planProblem(const DeploymentWorker::Result& result)
{
    if (result.planError.isEmpty())
        return tr("The server could not be asked: it reported no steps");
    // Name the real cause: the release archive, the connection, or the server's answer.
    switch (result.outcome.status) {
    case DeploymentOutcome::Status::ReleaseRejected:
        return tr("The release archive cannot be used — choose another release or a correct archive on "
                  "the System settings page: %1")
            .arg(problemList(result.planError));
    case DeploymentOutcome::Status::NotConnected:
        return tr("The server could not be reached: %1").arg(result.planError);
    case DeploymentOutcome::Status::Locked:
        return tr("The server is locked by another deployment: %1").arg(result.planError);
    default:
        return tr("The server could not be asked: %1").arg(result.planError);
    }
}

QString ReviewPage::tokenProblem(const TelegramResult& result)
{
    switch (result.error) {
    case TelegramResult::Error::Unauthorized:
        return tr("Bot token: Telegram no longer accepts it (%1) — go back to the Telegram bot page and "
                  "enter a valid token.")
            .arg(result.message);
    case TelegramResult::Error::Network:
    case TelegramResult::Error::Protocol:
    case TelegramResult::Error::RateLimited:
        // Not the token's fault: say what is, and how to try again.
        return tr("Bot token not checked: %1. Press Check plan again when Telegram can be reached.")
            .arg(result.message);
    default:
        return tr("Bot token: Telegram refused the check: %1").arg(result.message);
    }
}

void ReviewPage::updateComplete()
{
    // A failed server check blocks Deploy until the operator accepts that very check.
    const bool accepted = std::all_of(m_overrideChecks.cbegin(), m_overrideChecks.cend(),
                                      [](const QCheckBox* box) { return box->isChecked(); });
    setComplete(m_planReady && m_tokenValid && m_ui->confirmCheck->isChecked() && accepted &&
                (!m_existingCheck || m_existingCheck->isChecked()) && (!m_keyCheck || m_keyCheck->usable()));
}

void ReviewPage::showServerChecks()
{
    const ServerFactList failed = field(QStringLiteral("failedServerChecks")).value<ServerFactList>();
    const auto sameChecks = [](const ServerFactList& a, const ServerFactList& b) {
        return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                          [](const ServerFact& x, const ServerFact& y) {
                              return x.id == y.id && x.value == y.value && x.message == y.message;
                          });
    };
    if (sameChecks(failed, m_failedChecks) && failed.size() == m_overrideChecks.size())
        return; // what the operator accepted stays accepted
    m_failedChecks = failed;
    qDeleteAll(m_overrideChecks);
    m_overrideChecks.clear();
    m_ui->serverChecksGroup->setVisible(!failed.isEmpty());
    if (failed.isEmpty())
        return;
    m_ui->serverChecksLabel->setText(
        tr("Test connection found %n failing check(s) on this server. Each one blocks Deploy until you "
           "accept it here; what you accept is recorded in the deployment's history.",
           nullptr, int(failed.size())));
    for (const ServerFact& fact : failed) {
        auto* box =
            new QCheckBox(tr("Deploy despite “%1”: %2 — %3").arg(fact.title, fact.value, fact.message),
                          m_ui->serverChecksGroup);
        box->setObjectName(QStringLiteral("acceptCheck_") + fact.id);
        box->setChecked(m_previouslyAccepted.contains(acceptedText(fact)));
        connect(box, &QCheckBox::toggled, this, &ReviewPage::updateComplete);
        m_ui->serverChecksLayout->addWidget(box);
        m_overrideChecks << box;
    }
}

QString ReviewPage::acceptedText(const ServerFact& fact)
{
    return QStringLiteral("%1: %2 — %3").arg(fact.id, fact.value, fact.message);
}

QStringList ReviewPage::acceptedChecks() const
{
    QStringList accepted;
    for (int i = 0; i < m_overrideChecks.size() && i < m_failedChecks.size(); ++i) {
        if (m_overrideChecks.at(i)->isChecked()) {
            accepted << acceptedText(m_failedChecks.at(i));
        }
    }
    return accepted;
}

void ReviewPage::showExistingInstance(const QString& instanceId)
{
    delete m_existingCheck;
    m_existingCheck = nullptr;
    m_existingInstance.clear();
    if (instanceId.isEmpty() || config().mode != DeploymentMode::Production) {
        updateComplete();
        return;
    }
    m_existingInstance = instanceId;
    m_existingCheck =
        new QCheckBox(ExistingInstanceGuard::warning(instanceId, config().server.domain) + u'\n' +
                          tr("I confirm: deploy over production instance %1.").arg(instanceId),
                      m_ui->serverChecksGroup);
    m_existingCheck->setObjectName(QStringLiteral("confirmExistingInstanceCheck"));
    m_existingCheck->setStyleSheet(QStringLiteral("QCheckBox { color: #c62828; font-weight: bold; }"));
    connect(m_existingCheck, &QCheckBox::toggled, this, &ReviewPage::updateComplete);
    m_ui->serverChecksLayout->insertWidget(0, m_existingCheck);
    m_ui->serverChecksGroup->setVisible(true);
    updateComplete();
}

bool ReviewPage::validatePage()
{
    emit existingInstanceConfirmed(m_existingCheck && m_existingCheck->isChecked() ? m_existingInstance
                                                                                   : QString());
    emit checksAccepted(acceptedChecks());
    return DeploymentPage::validatePage();
}

void ReviewPage::setSaveMessage(const QString& message, bool failed)
{
    if (failed)
        setUpMessage(m_ui->saveMessageLabel);
    else
        m_ui->saveMessageLabel->setPalette(QPalette());
    m_ui->saveMessageLabel->setText(message);
    m_ui->saveMessageLabel->setVisible(!message.isEmpty());
}

void ReviewPage::loadFields() {}

void ReviewPage::refresh()
{
    const DeploymentConfig& c = config();
    const DeploymentSecrets& s = secrets();
    m_ui->modeSummary->setText(ReviewSummary::mode(c));
    m_ui->serverSummary->setText(
        ReviewSummary::server(c, s, field(QStringLiteral("connectionTested")).toBool(),
                              field(QStringLiteral("connectionCheckSkipped")).toBool()));
    m_ui->adminSummary->setText(ReviewSummary::admin(c, s));
    m_ui->botSummary->setText(ReviewSummary::bot(s));
    m_ui->adminIdsSummary->setText(ReviewSummary::adminIds(c));
    m_ui->settingsSummary->setText(ReviewSummary::settings(c));
    m_ui->webSummary->setText(ReviewSummary::web(c));
    showServerChecks();
    updateComplete();
}
