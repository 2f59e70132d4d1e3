#pragma once

// Helpers shared by the wizard's GUI tests (tst_wizard, tst_wizardrun): screenshots into the
// build directory, the wizard's Next button, ticking list items, opening a practice cluster.

#include "ui/mainwindow.h"
#include "ui/wizard/upgradewizard.h"

#include <QAbstractButton>
#include <QDir>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

namespace Slipway::WizardTest {

inline QString screenshotDir()
{
    const QString dir = QStringLiteral(SLIPWAY_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    return dir;
}

inline void saveScreenshot(QWidget *widget, const QString &name)
{
    QVERIFY(widget->grab().save(screenshotDir() + QStringLiteral("/wizard-%1.png").arg(name)));
}

inline QAbstractButton *next(UpgradeWizard *w)
{
    return w->button(QWizard::NextButton);
}

inline void tick(QListWidget *list, const QString &startsWith)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().startsWith(startsWith))
            list->item(i)->setCheckState(Qt::Checked);
    }
}

// Ticks the node list's item of `node` ("worker-1 (worker, v1.34.3)"; the Korean text has no space
// before the parenthesis).
inline void tickNode(QListWidget *list, const QString &node)
{
    for (int i = 0; i < list->count(); ++i) {
        const QString text = list->item(i)->text();
        if (text.startsWith(node) &&
            (text.size() == node.size() || text.at(node.size()) == QLatin1Char(' ') ||
             text.at(node.size()) == QLatin1Char('(')))
            list->item(i)->setCheckState(Qt::Checked);
    }
}

inline bool loadAndWait(MainWindow &window, const QString &scenario)
{
    QSignalSpy shown(&window, &MainWindow::snapshotShown);
    window.openPractice(scenario);
    return shown.wait(15000);
}

// The texts QtCharts draws in a scene that it had to cut short ("…", "..."): a label without
// room. Empty when every label is whole.
inline QStringList elidedChartTexts(const QGraphicsScene *scene)
{
    QStringList elided;
    for (const QGraphicsItem *item : scene->items()) {
        if (const auto *text = dynamic_cast<const QGraphicsTextItem *>(item)) {
            const QString plain = text->toPlainText();
            if (item->isVisible() && (plain.contains(QChar(0x2026)) || plain.contains(QLatin1String("..."))))
                elided << plain;
        }
    }
    return elided;
}

} // namespace Slipway::WizardTest
