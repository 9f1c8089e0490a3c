import {
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  ToggleButton,
} from "@fluentui/react-components";
import { useEffect, useLayoutEffect, useState } from "react";
import { whenIdle } from "../state/deferred-work";
import { useFindingGroupStyles } from "./FindingGroup";
import { useFindingItemStyles } from "./FindingItem";
import { useFindingsPanelStyles } from "./FindingsPanel";
import { useResultTabsStyles } from "./ResultTabs";
import { useSeverityFilterStyles } from "./SeverityFilter";
import { useSeverityStyles } from "./severity-style";

/** Calls the style hooks of the result's own components: that inserts their CSS rules. */
function ResultStyles() {
  useResultTabsStyles();
  useFindingsPanelStyles();
  useSeverityFilterStyles();
  useFindingGroupStyles();
  useFindingItemStyles();
  useSeverityStyles();
  return null;
}

/**
 * Fluent's styles (Griffel) insert a component's CSS rules the first time it is drawn. A
 * check's result is the first to draw the tabs, the message bar and the findings list, and
 * inserting their rules then took a tenth of the first Check's main-thread time. This draws
 * them once while the pane is idle, out of sight and without text (display: none, so not
 * laid out, not in the accessibility tree and never focused), and removes them before the
 * browser paints. Safari has no idle callback: there the first Check inserts them as before.
 */
export function StyleWarmUp() {
  const [phase, setPhase] = useState<"waiting" | "drawing" | "done">("waiting");
  useEffect(() => {
    if (phase === "waiting") return whenIdle(() => setPhase("drawing"));
  }, [phase]);
  // Rules are inserted as the parts mount; they stay in the page once these are gone.
  useLayoutEffect(() => {
    if (phase === "drawing") setPhase("done");
  }, [phase]);
  if (phase !== "drawing") return null;
  return (
    <div hidden>
      <ResultStyles />
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle />
        </MessageBarBody>
      </MessageBar>
      <TabList selectedValue="findings" size="medium">
        <Tab value="findings" />
      </TabList>
      <ToggleButton size="small" shape="circular" appearance="subtle" />
      <Caption1 />
    </div>
  );
}
