package dev.newsdesk.entity;

/**
 * The kinds of entity Newsdesk recognises.
 *
 * <p>{@code desk.search().mentioningAny(EntityType.GROUP).fetch(10)}
 *
 * @since 0.1
 */
public enum EntityType {
  /** A named person: "Lloyd Austin". */
  PERSON,
  /** A named organisation, company, party, armed group or government body: "Islamic State". */
  ORGANIZATION,
  /** A country, territory, city, region or geographic feature: "Iraq", "Middle East". */
  LOCATION,
  /**
   * A collective actor named by a nationality, religion, ethnicity, ideology or role rather than a
   * proper name: "Shiite militias", "Iraqi defense forces", "Kurdish fighters".
   */
  GROUP
}
