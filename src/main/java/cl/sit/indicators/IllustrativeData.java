package cl.sit.indicators;

/** Whether the investment data include illustrative (generated) projects ({@link IndicatorStore}). */
interface IllustrativeData {

    boolean anyIllustrative();
}
