#include "UpdateReviewDialog.h"

#include "UpdatesModel.h"
#include "ui_UpdateReviewDialog.h"

#include <QPushButton>

UpdateReviewDialog::UpdateReviewDialog(const InstanceRecord& instance, const UpdateAvailability& update,
                                       int rollbackDays, bool canSchedule, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UpdateReviewDialog>())
    , m_canSchedule(canSchedule && update.refusal.isEmpty())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("updateReviewDialog"));
    const QString name = instance.company.isEmpty()
                             ? instance.name
                             : QStringLiteral("%1 — %2").arg(instance.name, instance.company);
    m_ui->headingLabel->setText(
        tr("<b>%1</b>: update from %2 to %3")
            .arg(name.toHtmlEscaped(), update.current.toHtmlEscaped(), update.available.toHtmlEscaped()));
    const QColor badge = UpdatesModel::severityColor(update.severity);
    m_ui->severityValue->setText(ReleaseManifest::severityText(update.severity));
    m_ui->severityValue->setStyleSheet(
        QStringLiteral("QLabel { color: white; background: %1; padding: 1px 8px; border-radius: 3px; }")
            .arg(badge.name()));
    m_ui->severityValue->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    if (update.severity == ReleaseManifest::Severity::Critical)
        m_ui->severityValue->setToolTip(tr("A critical update: install it as soon as possible"));

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
            ? tr("possible for %n day(s) after the update, to %1", nullptr, rollbackDays).arg(update.current)
            : tr("not possible: the release says it cannot be rolled back"));
    QString changelog = update.manifest.changelog.text();
    if (update.manifest.breakingChanges)
        changelog = tr("This release has breaking changes.") + QStringLiteral("\n\n") + changelog;
    m_ui->changelogView->setPlainText(changelog.isEmpty() ? tr("The release has no changelog.") : changelog);

    m_ui->maintenanceTimeEdit->setDateTime(QDateTime::currentDateTime().addSecs(3600));
    m_ui->maintenanceTimeEdit->setMinimumDateTime(QDateTime::currentDateTime());
    m_ui->whenGroup->setVisible(canSchedule);
    connect(m_ui->scheduleRadio, &QRadioButton::toggled, m_ui->maintenanceTimeEdit, &QWidget::setEnabled);
    connect(m_ui->scheduleRadio, &QRadioButton::toggled, this, &UpdateReviewDialog::updateButton);

    if (!update.refusal.isEmpty()) {
        m_ui->refusalLabel->setText(tr("This update cannot be applied: %1").arg(update.refusal));
        m_ui->refusalLabel->setStyleSheet(QStringLiteral("color: #d93a3a"));
        m_ui->refusalLabel->show();
        m_ui->whenGroup->hide();
        m_ui->buttonBox->setStandardButtons(QDialogButtonBox::Close);
    } else {
        m_applyButton = m_ui->buttonBox->addButton(tr("&Apply now"), QDialogButtonBox::AcceptRole);
        m_applyButton->setObjectName(QStringLiteral("applyButton"));
        m_applyButton->setDefault(true);
        updateButton();
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

UpdateReviewDialog::~UpdateReviewDialog() = default;

QDateTime UpdateReviewDialog::applyAt() const
{
    return m_canSchedule && m_ui->scheduleRadio->isChecked() ? m_ui->maintenanceTimeEdit->dateTime()
                                                             : QDateTime();
}

void UpdateReviewDialog::updateButton()
{
    if (m_applyButton)
        m_applyButton->setText(m_ui->scheduleRadio->isChecked() ? tr("Sc&hedule") : tr("&Apply now"));
}
