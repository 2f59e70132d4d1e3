// Fuzzes the practice-cluster scenario reader and expander (sim/scenario/scenarioloader.h): a
// scenario YAML file (docs/scenario-format.md) parsed, validated and expanded into a snapshot.
// Every problem must become an error naming the file, never a crash or an endless expansion.
#include "sim/scenario/scenarioloader.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace Slipway;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    SlipwayFuzz::ensureApplication();
    const Result<LoadedScenario> result =
        ScenarioLoader::loadFromString(SlipwayFuzz::bytes(data, size), QStringLiteral("scenario.yaml"));
    // A value on success; on failure none, and every error names the file.
    SlipwayFuzz::check(result.ok() == result.hasValue());
    for (const Diagnostic &error : result.errors())
        SlipwayFuzz::check(error.file == QLatin1String("scenario.yaml"));
    return 0;
}
