/** Services on one page of a category: small pages however many services a council has. */
export const categoryPageSize = 50;
