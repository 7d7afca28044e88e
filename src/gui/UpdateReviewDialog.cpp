#include "UpdateReviewDialog.h"

#include "UpdatesModel.h"
#include "ui_UpdateReviewDialog.h"
#include "updates/UpdateCheck.h"

#include <QPushButton>

#include <algorithm>

UpdateReviewDialog::UpdateReviewDialog(const InstanceRecord& instance, const UpdateAvailability& update,
                                       int rollbackDays, bool canSchedule, QWidget* parent,
                                       const QList<ReleaseManifest>& releases)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UpdateReviewDialog>())
    , m_instance(instance)
    , m_update(update)
    , m_releases(releases)
    , m_rollbackDays(rollbackDays)
    , m_canSchedule(canSchedule)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("updateReviewDialog"));
    m_ui->severityValue->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    m_ui->refusalLabel->setStyleSheet(QStringLiteral("color: #d93a3a"));

    // Every newer release, newest first, when there is a choice.
    const std::optional<SemanticVersion> installed = SemanticVersion::parse(update.current);
    QList<SemanticVersion> newer;
    for (const ReleaseManifest& m : std::as_const(m_releases)) {
        if (installed && m.version && *m.version > *installed)
            newer << *m.version;
    }
    std::sort(newer.begin(), newer.end(),
              [](const SemanticVersion& a, const SemanticVersion& b) { return b < a; });
    for (const SemanticVersion& v : std::as_const(newer))
        m_ui->targetCombo->addItem(v.toString());
    const bool choice = newer.size() > 1 && m_ui->targetCombo->findText(update.available) >= 0;
    m_ui->targetCaption->setVisible(choice);
    m_ui->targetCombo->setVisible(choice);
    if (choice) {
        m_ui->targetCombo->setCurrentText(update.available);
        connect(m_ui->targetCombo, &QComboBox::currentTextChanged, this, &UpdateReviewDialog::chooseTarget);
    }

    m_ui->maintenanceTimeEdit->setDateTime(QDateTime::currentDateTime().addSecs(3600));
    m_ui->maintenanceTimeEdit->setMinimumDateTime(QDateTime::currentDateTime());
    connect(m_ui->scheduleRadio, &QRadioButton::toggled, m_ui->maintenanceTimeEdit, &QWidget::setEnabled);
    connect(m_ui->scheduleRadio, &QRadioButton::toggled, this, &UpdateReviewDialog::updateButton);
    m_applyButton = m_ui->buttonBox->addButton(tr("&Apply now"), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showUpdate();
}

void UpdateReviewDialog::chooseTarget(const QString& version)
{
    UpdateAvailability chosen = UpdateCheck::evaluate(m_update.current, m_releases, version);
    chosen.instance = m_update.instance;
    chosen.instanceName = m_update.instanceName;
    chosen.registryVersion = m_update.registryVersion;
    m_update = chosen;
    showUpdate();
}

void UpdateReviewDialog::showUpdate()
{
    const UpdateAvailability& update = m_update;
    const QString name = m_instance.company.isEmpty()
                             ? m_instance.name
                             : QStringLiteral("%1 — %2").arg(m_instance.name, m_instance.company);
    m_ui->headingLabel->setText(
        tr("<b>%1</b>: update from %2 to %3")
            .arg(name.toHtmlEscaped(), update.current.toHtmlEscaped(), update.available.toHtmlEscaped()));
    const QColor badge = UpdatesModel::severityColor(update.severity);
    m_ui->severityValue->setText(ReleaseManifest::severityText(update.severity));
    m_ui->severityValue->setStyleSheet(
        QStringLiteral("QLabel { color: white; background: %1; padding: 1px 8px; border-radius: 3px; }")
            .arg(badge.name()));
    m_ui->severityValue->setToolTip(update.severity == ReleaseManifest::Severity::Critical
                                        ? tr("A critical update: install it as soon as possible")
                                        : QString());
    if (update.migration) {
        QStringList steps;
        for (const ReleaseManifest::MigrationStep& step : update.manifest.migrationSteps)
            steps << (step.description.isEmpty() ? step.file : step.description);
        m_ui->migrationValue->setText(
            steps.isEmpty() ? tr("yes — the database is backed up first and restored if the update fails")
                            : tr("yes — %1; the database is backed up first and restored if the update fails")
                                  .arg(steps.join(QStringLiteral("; "))));
    } else {
        m_ui->migrationValue->setText(tr("no"));
    }
    m_ui->downtimeValue->setText(update.downtimeText());
    m_ui->rollbackValue->setText(
        update.rollbackSupported
            ? tr("possible for %n day(s) after the update, to %1", nullptr, m_rollbackDays)
                  .arg(update.current)
            : tr("not possible: the release says it cannot be rolled back"));
    QString changelog = update.manifest.changelog.text();
    if (update.manifest.breakingChanges)
        changelog = tr("This release has breaking changes.") + QStringLiteral("\n\n") + changelog;
    m_ui->changelogView->setPlainText(changelog.isEmpty() ? tr("The release has no changelog.") : changelog);

    const bool refused = !update.refusal.isEmpty();
    m_ui->refusalLabel->setText(refused ? tr("This update cannot be applied: %1").arg(update.refusal)
                                        : QString());
    m_ui->refusalLabel->setVisible(refused);
    m_ui->whenGroup->setVisible(m_canSchedule && !refused);
    // The box lays its buttons out again (and shows them) when its standard buttons change.
    m_ui->buttonBox->setStandardButtons(refused ? QDialogButtonBox::Close : QDialogButtonBox::Cancel);
    m_applyButton->setVisible(!refused);
    updateButton();
}

UpdateReviewDialog::~UpdateReviewDialog() = default;

QDateTime UpdateReviewDialog::applyAt() const
{
    return m_canSchedule && m_update.refusal.isEmpty() && m_ui->scheduleRadio->isChecked()
               ? m_ui->maintenanceTimeEdit->dateTime()
               : QDateTime();
}

void UpdateReviewDialog::updateButton()
{
    m_applyButton->setText(m_ui->scheduleRadio->isChecked() ? tr("Sc&hedule") : tr("&Apply now"));
}
