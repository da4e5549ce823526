/**
 * The placeholder a view shows before it has anything to work on: an icon, the view's title and
 * one or two sentences on what it will do.
 */
import { Body1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { FluentIcon } from "@fluentui/react-icons";

/** What an empty view says about itself. */
export interface EmptyStateProps {
  icon: FluentIcon;
  title: string;
  description: string;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
    textAlign: "center",
  },
  icon: {
    fontSize: "48px",
    color: tokens.colorBrandForeground1,
  },
  description: {
    color: tokens.colorNeutralForeground2,
    maxWidth: "36em",
  },
});

/**
 * A view's empty state.
 *
 * @example
 * <EmptyState icon={CalendarClockRegular} title="Receivables aging" description="Age the open invoices…" />
 */
export function EmptyState({ icon: Icon, title, description }: EmptyStateProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Icon className={styles.icon} aria-hidden />
      <Subtitle2 as="h2">{title}</Subtitle2>
      <Body1 as="p" className={styles.description}>
        {description}
      </Body1>
    </div>
  );
}
